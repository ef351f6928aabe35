package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.herald.support.PermissionsDoc;
import org.junit.jupiter.api.Test;

/** The workflow table in docs/permissions.md and {@link Transition} say the same. */
class WorkflowTests {

    @Test
    void theWrittenWorkflowIsTheCodesWorkflow() {
        List<List<String>> rows = PermissionsDoc.table("The workflow");
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactlyElementsOf(Arrays.stream(Transition.values()).map(Enum::name).toList());
        for (List<String> row : rows) {
            Transition move = Transition.valueOf(row.get(0));
            assertThat(new TreeSet<>(Arrays.stream(row.get(1).split(",")).map(String::trim).toList()))
                    .as(move + " from").isEqualTo(new TreeSet<>(move.from().stream().map(Enum::name).toList()));
            assertThat(row.get(2)).as(move + " to").isEqualTo(move.to().name());
            assertThat(row.get(3)).as(move + " permission").isEqualTo(move.permission().name());
        }
    }

    @Test
    void everyStateCanBeLeftAndReachedExceptThatDraftIsWhereItStarts() {
        for (ContentStatus status : ContentStatus.values()) {
            assertThat(Arrays.stream(Transition.values()).anyMatch(move -> move.allowedFrom(status)))
                    .as("a way out of " + status).isTrue();
            assertThat(Arrays.stream(Transition.values()).anyMatch(move -> move.to() == status))
                    .as("a way into " + status).isTrue();
        }
    }

    @Test
    void authorsCanOnlySubmit() {
        assertThat(Arrays.stream(Transition.values())
                .filter(move -> org.herald.accounts.Role.AUTHOR.grants(move.permission())))
                .containsExactly(Transition.SUBMIT);
    }
}
