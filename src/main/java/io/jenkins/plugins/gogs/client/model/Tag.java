package io.jenkins.plugins.gogs.client.model;

/**
 * A tag and what its ref points at. For a lightweight tag {@code commit.id} is the tagged commit; for an annotated
 * tag Gogs 0.14 gives the tag object's own id there (the other fields describe the tagged commit). Git accepts
 * either for a checkout; the peeled commit SHA is only available from git ({@code ls-remote}, {@code ^{}}).
 */
public record Tag(String name, PayloadCommit commit) {}
