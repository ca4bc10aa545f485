package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.indexing.CheckoutStrategy.HEAD;
import static io.jenkins.plugins.gogs.indexing.CheckoutStrategy.MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.events.SourceHeads.Discovery;
import io.jenkins.plugins.gogs.events.SourceHeads.Wanted;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceHeadsTest {

    private static final RepositoryKey REPO = new RepositoryKey("https://git.example.com", "acme", "app");
    private static final String SHA = "2222222222222222222222222222222222222222";
    private static final Discovery EVERYTHING = new Discovery(true, true, Set.of(MERGE, HEAD), Set.of(MERGE));
    private static final Discovery BRANCHES_ONLY = new Discovery(true, false, Set.of(), Set.of());

    @Test
    void aBranchWithItsTipUnlessItWasRemoved() {
        assertThat(SourceHeads.of(notice(ScmChange.UPDATED, new ChangedHead.Branch("main", SHA)), BRANCHES_ONLY))
                .containsExactly(new Wanted.Branch("main", SHA));
        assertThat(SourceHeads.of(notice(ScmChange.REMOVED, new ChangedHead.Branch("main", SHA)), BRANCHES_ONLY))
                .containsExactly(new Wanted.Branch("main", null));
        assertThat(SourceHeads.of(
                        notice(ScmChange.UPDATED, new ChangedHead.Branch("main", SHA)),
                        new Discovery(false, true, Set.of(HEAD), Set.of(HEAD))))
                .isEmpty();
    }

    @Test
    void tagsOnlyForSourcesThatDiscoverTags() {
        HeadNotice tag = notice(ScmChange.CREATED, new ChangedHead.Tag("v1"));

        assertThat(SourceHeads.of(tag, EVERYTHING)).containsExactly(new Wanted.Tag("v1"));
        assertThat(SourceHeads.of(tag, BRANCHES_ONLY)).isEmpty();
    }

    @Test
    void aPullRequestOnceWithOneStrategyAndOncePerStrategyWithBoth() {
        ChangedHead.PullRequest origin = new ChangedHead.PullRequest(7, "main", "topic", "acme", "app", false, "carol");
        ChangedHead.PullRequest fork = new ChangedHead.PullRequest(8, "main", "fix", "bob", "app", true, "bob");

        assertThat(SourceHeads.of(notice(ScmChange.CREATED, origin), EVERYTHING))
                .containsExactly(
                        new Wanted.PullRequest("PR-7-head", HEAD, origin),
                        new Wanted.PullRequest("PR-7-merge", MERGE, origin));
        assertThat(SourceHeads.of(notice(ScmChange.UPDATED, fork), EVERYTHING))
                .containsExactly(new Wanted.PullRequest("PR-8", MERGE, fork));
        assertThat(SourceHeads.of(notice(ScmChange.UPDATED, fork), BRANCHES_ONLY))
                .isEmpty();
        assertThat(SourceHeads.of(notice(ScmChange.CREATED, origin), new Discovery(true, true, Set.of(), Set.of(HEAD))))
                .as("fork strategies do not apply to a pull request of the repository itself")
                .isEmpty();
    }

    private static HeadNotice notice(ScmChange change, ChangedHead head) {
        return new HeadNotice(change, REPO, head, "test", Duration.ZERO);
    }
}
