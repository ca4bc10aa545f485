package io.jenkins.plugins.gogs.indexing;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** How a pull request is built: its head commit as it is, or merged with its target branch. */
@Restricted(NoExternalUse.class)
public enum CheckoutStrategy {
    HEAD,
    MERGE
}
