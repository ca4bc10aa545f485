package io.jenkins.plugins.gogs.indexing;

/** The kind of one head a caller asks about (e.g. a build fetching its own head), to discover nothing else. */
public enum HeadKind {
    BRANCH,
    TAG,
    PULL_REQUEST
}
