package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.UnsettledListingException;
import org.junit.jupiter.api.Test;

/** A listing that Gogs kept changing is reported as that, not as a server that does not answer like Gogs. */
class UnsettledListingFailureTest {

    @Test
    void saysTheIssuesKeptChangingAndToTryAgain() {
        try (GogsClient client = GogsClient.builder("https://gogs.example.com").build()) {
            Failures failures = new Failures(client, new RepositoryName("alice", "demo"), "gogs-token");

            IssueException failure = failures.translate(
                    new UnsettledListingException("/api/v1/repos/alice/demo/issues", "it kept changing for 60 s"),
                    "list the issues",
                    null);

            assertThat(failure)
                    .hasMessageStartingWith("could not list the issues in alice/demo: Gogs at https://gogs.example.com")
                    .hasMessageContaining("kept creating, closing or reopening issues")
                    .hasMessageEndingWith("try again")
                    .hasMessageNotContaining("did not answer like Gogs");
        }
    }
}
