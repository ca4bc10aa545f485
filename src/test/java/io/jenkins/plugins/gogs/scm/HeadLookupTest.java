package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.TaskListener;
import jenkins.scm.api.SCMHead;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Looking up one head of a Gogs source outside a scan. Runs only in the real build. */
@WithJenkins
@Tag("needs-jenkins")
class HeadLookupTest {

    /**
     * A head of another kind than the source's own (a job made by another source, say) is never one a Gogs scan
     * offers: the lookup answers at once, without asking Gogs. No Gogs server is configured here, so any request
     * would fail the lookup, as it does for a branch.
     */
    @Test
    void aHeadNoGogsSourceMakesHasNoRevisionAndCostsNoRequest(JenkinsRule j) throws Exception {
        GogsSCMSource source = new GogsSCMSource("https://gogs.example.com", "alice", "app");

        assertThat(source.fetch(new SCMHead("master"), TaskListener.NULL)).isNull();
        assertThatThrownBy(() -> source.fetch(new BranchSCMHead("master"), TaskListener.NULL))
                .as("a branch is looked up in Gogs")
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("gogs.example.com");
    }
}
