package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The written permission table in docs/permissions.md and the code say the same. */
class RoleTests {

    @Test
    void theWrittenTableIsTheCodesTable() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs/permissions.md")).stream()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| permission") && !line.startsWith("| ---"))
                .toList();
        assertThat(rows).extracting(row -> row.split("\\|")[1].trim())
                .containsExactlyElementsOf(Arrays.stream(Permission.values()).map(Enum::name).toList());
        for (String row : rows) {
            String[] cells = row.split("\\|");
            Permission permission = Permission.valueOf(cells[1].trim());
            List<Role> roles = List.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR, Role.TRANSLATOR);
            for (int i = 0; i < roles.size(); i++) {
                boolean written = cells[3 + i].trim().toLowerCase(Locale.ROOT).equals("yes");
                assertThat(roles.get(i).grants(permission)).as(roles.get(i) + " " + permission).isEqualTo(written);
            }
        }
    }

    @Test
    void heraldItselfMayDoEverythingAnAuthorMayNotPublish() {
        assertThat(Actor.system("test").can(Permission.CONTENT_PUBLISH)).isTrue();
        assertThat(new Actor(1L, "a", Role.AUTHOR, null).can(Permission.CONTENT_PUBLISH)).isFalse();
    }
}
