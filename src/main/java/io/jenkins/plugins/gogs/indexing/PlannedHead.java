package io.jenkins.plugins.gogs.indexing;

import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import java.time.Instant;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A head a scan hands to Jenkins: its name (the job name) and the commit whose files decide whether to build it. */
@Restricted(NoExternalUse.class)
public sealed interface PlannedHead {

    String name();

    /** The commit to probe and build (a pull request's head commit, also for a merge build). */
    String commitSha();

    record Branch(String name, String sha) implements PlannedHead {
        @Override
        public String commitSha() {
            return sha;
        }
    }

    record Tag(String name, String commitSha, Instant commitTime) implements PlannedHead {}

    /**
     * @param baseSha the target branch's commit now
     */
    record PullRequest(String name, DiscoveredPullRequest pullRequest, CheckoutStrategy strategy, String baseSha)
            implements PlannedHead {
        @Override
        public String commitSha() {
            return pullRequest.headSha();
        }

        public boolean fork() {
            return pullRequest.head().isFork();
        }
    }
}
