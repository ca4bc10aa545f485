package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import java.util.List;
import jenkins.plugins.git.GitBranchSCMHead;
import jenkins.plugins.git.GitRefSCMHead;
import jenkins.scm.api.SCMHead;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What a build of each kind of head fetches. A commit SHA ({@code library 'lib@<sha>'}, or "Build with
 * parameters" of a SHA) reaches the builder as the git plugin's {@code GitRefSCMHead}: a {@code refs/heads/<sha>}
 * refspec would make the fetch fail. Runs only in the real build (no Gogs needed).
 */
@WithJenkins
@Tag("needs-jenkins")
class GogsSCMBuilderRefSpecsTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    private final GogsSCMSource source = new GogsSCMSource("https://gogs.example.com", "alice", "app");

    @Test
    void aBranchFetchesOnlyThatBranch(JenkinsRule j) {
        assertThat(refSpecs(new BranchSCMHead("feature/x")))
                .isEqualTo("+refs/heads/feature/x:refs/remotes/origin/feature/x");
        assertThat(refSpecs(new GitBranchSCMHead("main"))).isEqualTo("+refs/heads/main:refs/remotes/origin/main");
        assertThat(refSpecs(new SCMHead("main"))).isEqualTo("+refs/heads/main:refs/remotes/origin/main");
    }

    @Test
    void aTagFetchesOnlyThatTag(JenkinsRule j) {
        assertThat(refSpecs(new GogsTagSCMHead("v1.0", 0L))).isEqualTo("+refs/tags/v1.0:refs/tags/v1.0");
    }

    @Test
    void aCommitFetchesTheRefItWasFoundOnAndNoBranchNamedAfterIt(JenkinsRule j) {
        String fetched = refSpecs(new GitRefSCMHead(SHA, "refs/heads/master"));

        assertThat(fetched).doesNotContain("refs/heads/" + SHA).contains("refs/heads/master");
    }

    private String refSpecs(SCMHead head) {
        GitSCM scm = new GogsSCMBuilder(source, head, null).build();
        List<UserRemoteConfig> remotes = scm.getUserRemoteConfigs();
        assertThat(remotes).hasSize(1);
        return remotes.get(0).getRefspec();
    }
}
