package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import io.jenkins.plugins.gogs.issues.GogsRepositorySource;
import jenkins.scm.api.SCMSource;

/** The Gogs branch source a job was created from (a branch or pull request job of a multibranch project), if any. */
final class JobGogsSource {

    private JobGogsSource() {}

    @CheckForNull
    static GogsRepositorySource of(Item job) {
        return fromSource(SCMSource.SourceByItem.findSource(job));
    }

    /**
     * MERGE POINT (the only place that knows the branch source type): {@code io.jenkins.plugins.gogs.scm.GogsSCMSource}
     * has getServerUrl(), getRepoOwner(), getRepository() and getCredentialsId(); adding
     * {@code implements GogsRepositorySource} to it makes this work unchanged. Otherwise map it here.
     */
    @CheckForNull
    static GogsRepositorySource fromSource(@CheckForNull SCMSource source) {
        return source instanceof GogsRepositorySource gogs ? gogs : null;
    }
}
