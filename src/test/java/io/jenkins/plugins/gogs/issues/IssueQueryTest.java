package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.IssueState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the filters of gogsIssues are read from what a pipeline passes, and the errors for bad values. */
class IssueQueryTest {

    @Test
    void defaultsToAllOpenIssues() {
        IssueQuery query = IssueQuery.fromMap(Map.of());

        assertThat(query.state()).isEqualTo(IssueState.OPEN);
        assertThat(query.labels()).isEmpty();
        assertThat(query.since()).isNull();
        assertThat(query.hasLimit()).isFalse();
    }

    @Test
    void readsEveryFilter() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("state", "ALL");
        values.put("labels", List.of("bug", " ui ", "bug"));
        values.put("milestone", "v1");
        values.put("assignee", "bob");
        values.put("author", "carol");
        values.put("since", "2026-01-31T10:15:30+02:00");
        values.put("search", "  crash ");
        values.put("limit", 5);

        IssueQuery query = IssueQuery.fromMap(values);

        assertThat(query.state()).isEqualTo(IssueState.ALL);
        assertThat(query.labels()).containsExactly("bug", "ui");
        assertThat(query.milestone()).isEqualTo("v1");
        assertThat(query.assignee()).isEqualTo("bob");
        assertThat(query.author()).isEqualTo("carol");
        assertThat(query.since()).isEqualTo(Instant.parse("2026-01-31T08:15:30Z"));
        assertThat(query.search()).isEqualTo("crash");
        assertThat(query.limit()).isEqualTo(5);
    }

    @Test
    void labelsMayBeOneTextSeparatedByCommas() {
        assertThat(IssueQuery.builder().labels("bug, ui,,").build().labels()).containsExactly("bug", "ui");
        assertThat(IssueQuery.builder().labels(new String[] {"a,b"}).build().labels())
                .containsExactly("a,b");
    }

    @Test
    void aDateMeansTheStartOfThatDayInUtc() {
        assertThat(IssueQuery.builder().since("2026-01-31").build().since())
                .isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(IssueQuery.builder().since("2026-01-31T23:59:59.5Z").build().since())
                .isEqualTo(Instant.parse("2026-01-31T23:59:59.5Z"));
        assertThat(IssueQuery.builder().since("2026-01-31T01:00-05:00").build().since())
                .isEqualTo(Instant.parse("2026-01-31T06:00:00Z"));
    }

    @Test
    void aDateTimeWithoutOffsetIsRefusedNotGuessed() {
        assertThatThrownBy(
                        () -> IssueQuery.builder().since("2026-01-31T10:00:00").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("since '2026-01-31T10:00:00' has no time zone; add Z for UTC or an offset such as +02:00");
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("state", "opne");
        values.put("since", "yesterday");
        values.put("limit", "ten");
        values.put("label", "bug");

        assertThatThrownBy(() -> IssueQuery.fromMap(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown filter label (known: assignee, author, labels, limit, milestone, search, since,"
                        + " state); state must be open, closed or all, not 'opne'; since must be a date such as"
                        + " 2026-01-31 or a date-time with an offset such as 2026-01-31T10:15:00+02:00, not"
                        + " 'yesterday'; limit must be a whole number, not 'ten'");
    }

    @Test
    void refusesANegativeLimitAndLabelsThatAreNotNames() {
        assertThatThrownBy(() -> IssueQuery.builder().limit(-1).build())
                .hasMessage("limit must be 0 (no limit) or more, not -1");
        assertThatThrownBy(() -> IssueQuery.builder().labels(List.of("bug", 3)).build())
                .hasMessage("labels must be names (texts), not Integer '3'");
        assertThatThrownBy(() -> IssueQuery.builder().labels(7).build())
                .hasMessage(
                        "labels must be a list of names or one text with names separated by commas, not Integer '7'");
    }

    @Test
    void repositoryNamesAreOwnerSlashName() {
        assertThat(RepositoryName.parse(" alice/hello.git ")).isEqualTo(new RepositoryName("alice", "hello"));
        for (String bad : new String[] {"hello", "alice/", "/hello", "a/b/c", "alice/he llo", ""}) {
            assertThatThrownBy(() -> RepositoryName.parse(bad))
                    .hasMessage("repository must be 'owner/name', not '" + bad + "'");
        }
    }
}
