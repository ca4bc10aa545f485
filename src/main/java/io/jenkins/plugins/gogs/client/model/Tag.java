package io.jenkins.plugins.gogs.client.model;

/** A tag and the commit it points at (for an annotated tag, the tagged commit). */
public record Tag(String name, PayloadCommit commit) {}
