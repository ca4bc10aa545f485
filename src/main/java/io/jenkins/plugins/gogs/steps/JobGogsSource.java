package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import io.jenkins.plugins.gogs.issues.GogsRepositorySource;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import jenkins.scm.api.SCMSource;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The Gogs branch source a job was created from (a branch or pull request job of a multibranch project), if any. */
@Restricted(NoExternalUse.class)
final class JobGogsSource {

    private JobGogsSource() {}

    @CheckForNull
    static GogsRepositorySource of(Item job) {
        return fromSource(SCMSource.SourceByItem.findSource(job));
    }

    /** Where a Gogs branch source points; null for any other source (or none). */
    @CheckForNull
    static GogsRepositorySource fromSource(@CheckForNull SCMSource source) {
        if (source instanceof GogsSCMSource gogs) {
            return new Coordinates(
                    gogs.getServerUrl(), gogs.getRepoOwner(), gogs.getRepository(), gogs.getCredentialsId());
        }
        return null;
    }

    private record Coordinates(String getServerUrl, String getRepoOwner, String getRepository, String getCredentialsId)
            implements GogsRepositorySource {}
}
