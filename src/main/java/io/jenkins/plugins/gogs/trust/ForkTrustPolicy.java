package io.jenkins.plugins.gogs.trust;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Whose pull requests from forks may change the pipeline (the Jenkinsfile) a build runs. */
@Restricted(NoExternalUse.class)
public enum ForkTrustPolicy {
    /** Nobody's: fork pull requests always run the target branch's Jenkinsfile. */
    NOBODY,
    /** The repository owner's and its collaborators'. */
    COLLABORATORS,
    /** Everyone's: any Gogs user who can fork the repository can run code on Jenkins. */
    EVERYONE
}
