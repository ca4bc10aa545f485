package io.jenkins.plugins.gogs.indexing;

/** How a pull request is built: its head commit as it is, or merged with its target branch. */
public enum CheckoutStrategy {
    HEAD,
    MERGE
}
