package io.jenkins.plugins.gogs.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.gogs.client.LabelsApi;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.fixture.GogsLabel;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status label of a pull request on a real Gogs follows the builds; other labels are never touched. */
@RealGogs
class StatusLabelsTest extends FeedbackOnRealGogs {

    @Test
    void theLabelMovesAsBuildsStartAndEndAndTheLabelsAreCreatedWhenMissing() {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("labels").withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);
        LabelsApi labels = clients.as(alice).repo(repo.owner(), repo.name()).labels();
        LabelScheme scheme = LabelScheme.defaults();

        StatusLabels.Change started = StatusLabels.apply(labels, pr.number(), scheme, Verdict.RUNNING);
        assertThat(names(labels, pr)).containsExactly("build: running");
        StatusLabels.Change passed = StatusLabels.apply(labels, pr.number(), scheme, Verdict.PASSING);
        assertThat(names(labels, pr)).containsExactly("build: passing");
        StatusLabels.apply(labels, pr.number(), scheme, Verdict.RUNNING);
        assertThat(names(labels, pr)).containsExactly("build: running");
        StatusLabels.apply(labels, pr.number(), scheme, Verdict.FAILING);
        assertThat(names(labels, pr)).containsExactly("build: failing");
        StatusLabels.Change again = StatusLabels.apply(labels, pr.number(), scheme, Verdict.FAILING);

        assertThat(started.createdInRepository()).isTrue();
        assertThat(passed.createdInRepository()).isTrue();
        assertThat(passed.removed()).containsExactly("build: running");
        assertThat(again.changedNothing()).isTrue();
        assertThat(labels.list())
                .extracting(Label::name, Label::color)
                .containsExactlyInAnyOrder(
                        tuple("build: running", "fbca04"),
                        tuple("build: passing", "0e8a16"),
                        tuple("build: failing", "d93f0b"));
    }

    @Test
    void otherLabelsStayAndExistingLabelsAreReusedWhateverTheirCase() {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("others").withInitialCommit();
        GogsLabel bug = repo.createLabel("bug", "#ee0701");
        GogsLabel ci = repo.createLabel("CI: Green", "#00ff00");
        GogsPullRequest pr = pullRequestFromTopic(repo);
        LabelsApi labels = clients.as(alice).repo(repo.owner(), repo.name()).labels();
        labels.addToIssue(pr.number(), List.of(bug.id()));
        LabelScheme scheme = new LabelScheme("CI: Yellow", null, "ci: green", null, "CI: Red", "#123456");

        StatusLabels.apply(labels, pr.number(), scheme, Verdict.RUNNING);
        labels.addToIssue(
                pr.number(), List.of(repo.createLabel("later", "#000000").id()));
        StatusLabels.Change passed = StatusLabels.apply(labels, pr.number(), scheme, Verdict.PASSING);

        assertThat(passed.createdInRepository())
                .as("'CI: Green' is 'ci: green'")
                .isFalse();
        assertThat(names(labels, pr)).containsExactlyInAnyOrder("bug", "later", "CI: Green");
        assertThat(labels.list()).extracting(Label::name).doesNotContain("ci: green");
        assertThat(labels.list().stream().filter(l -> l.id() == ci.id()))
                .extracting(Label::color)
                .containsExactly("00ff00");
    }

    @Test
    void aSchemeNeedsThreeNamesAndRealColours() {
        assertThatThrownBy(() -> new LabelScheme("ok", null, "OK", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three different names");
        assertThatThrownBy(() -> new LabelScheme(null, "red", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#rrggbb");
    }

    private static List<String> names(LabelsApi labels, GogsPullRequest pr) {
        return labels.ofIssue(pr.number()).stream().map(Label::name).toList();
    }
}
