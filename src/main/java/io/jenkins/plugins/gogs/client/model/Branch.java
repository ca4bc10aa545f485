package io.jenkins.plugins.gogs.client.model;

/** A branch and its tip commit. The name may contain '/'. */
public record Branch(String name, PayloadCommit commit) {}
