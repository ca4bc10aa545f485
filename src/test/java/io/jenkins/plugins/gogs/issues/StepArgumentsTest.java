package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the write steps read their arguments: what "not given", "remove" and bad values mean. */
class StepArgumentsTest {

    @Test
    void emptyTextsOfAnUpdateAreNotGivenSoAFormLeavesTheIssueAlone() {
        IssueChanges changes =
                IssueChanges.fromStepArguments("  New title ", "", "", "", false, " ", false, "", false, null);

        assertThat(changes).isEqualTo(IssueChanges.none().withTitle("New title"));
    }

    @Test
    void removingTakesAFlagOrAnEmptyLabelList() {
        IssueChanges changes =
                IssueChanges.fromStepArguments(null, null, "Closed", null, true, null, true, List.of(), false, null);

        assertThat(changes.assignee()).isEmpty();
        assertThat(changes.milestone()).isEmpty();
        assertThat(changes.labels()).isEmpty();
        assertThat(changes.state()).isEqualTo("closed");
    }

    @Test
    void labelsReplaceFromAListOrACommaSeparatedText() {
        assertThat(IssueChanges.fromStepArguments(null, null, null, null, false, null, false, "bug, ui", true, "ABCDEF")
                        .labels())
                .containsExactly("bug", "ui");
        assertThat(IssueChanges.fromStepArguments(null, null, null, null, false, null, false, "bug", true, "ABCDEF")
                        .labelColor())
                .isEqualTo("#abcdef");
    }

    @Test
    void contradictionsAndNothingToChangeAreRefused() {
        assertThatThrownBy(() ->
                        IssueChanges.fromStepArguments(null, null, null, "bob", true, null, false, null, false, null))
                .hasMessage("give either assignee or unassign: true, not both");
        assertThatThrownBy(() ->
                        IssueChanges.fromStepArguments(null, null, null, null, false, "v1", true, null, false, null))
                .hasMessage("give either milestone or removeMilestone: true, not both");
        assertThatThrownBy(() ->
                        IssueChanges.fromStepArguments(null, null, null, null, false, null, false, null, false, null))
                .hasMessage("nothing to change: give title, body, state, assignee, unassign, milestone,"
                        + " removeMilestone or labels");
        assertThatThrownBy(() ->
                        IssueChanges.fromStepArguments(null, null, "all", null, false, null, false, null, false, null))
                .hasMessage("state must be open or closed, not 'all'");
    }

    @Test
    void sharedChecks() {
        assertThatThrownBy(() -> IssueArguments.issueNumber(0))
                .hasMessage("number must be an issue number (1 or more), not 0");
        assertThatThrownBy(() -> IssueArguments.labelNames(" , ")).hasMessage("labels must name at least one label");
        assertThatThrownBy(() -> IssueArguments.labelColor("red"))
                .hasMessage("labelColor must be #rrggbb, such as #ee0701, not 'red'");
        assertThatThrownBy(() -> IssueArguments.requireText(" ", "body")).hasMessage("body must not be empty");
        assertThat(IssueArguments.labelNames(List.of("bug", "bug", " ui"))).containsExactly("bug", "ui");
    }

    @Test
    void numbersInMessagesAreNotGroupedLikeAmounts() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US); // would write 1000 as "1,000" if a message were given the number itself
        try {
            assertThatThrownBy(() -> IssueArguments.issueNumber(-1000))
                    .hasMessage("number must be an issue number (1 or more), not -1000");
            assertThatThrownBy(() -> IssueQuery.builder().limit(-1000).build())
                    .hasMessage("limit must be 0 (no limit) or more, not -1000");
        } finally {
            Locale.setDefault(before);
        }
    }
}
