package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.herald.support.PermissionsDoc;
import org.junit.jupiter.api.Test;

/** The written permission table in docs/permissions.md and the code say the same. */
class RoleTests {

    @Test
    void theWrittenTableIsTheCodesTable() {
        List<List<String>> rows = PermissionsDoc.table("Permissions of each role");
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactlyElementsOf(Arrays.stream(Permission.values()).map(Enum::name).toList());
        List<Role> roles = List.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR, Role.TRANSLATOR);
        for (List<String> row : rows) {
            Permission permission = Permission.valueOf(row.get(0));
            for (int i = 0; i < roles.size(); i++) {
                boolean written = row.get(2 + i).toLowerCase(Locale.ROOT).equals("yes");
                assertThat(roles.get(i).grants(permission)).as(roles.get(i) + " " + permission).isEqualTo(written);
            }
        }
    }

    @Test
    void heraldItselfMayDoEverythingAnAuthorMayNotPublish() {
        assertThat(Actor.system("test").can(Permission.CONTENT_PUBLISH)).isTrue();
        assertThat(new Actor(1L, "a", Role.AUTHOR, null).can(Permission.CONTENT_PUBLISH)).isFalse();
        assertThat(new Actor(1L, "a", Role.AUTHOR, null).can(Permission.CONTENT_EDIT)).isTrue();
        assertThat(new Actor(1L, "t", Role.TRANSLATOR, null).can(Permission.CONTENT_EDIT)).isFalse();
    }
}
