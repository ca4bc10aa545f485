package io.jenkins.plugins.gogs.client.model;

/**
 * What the authenticated user may do in a repository. Only trustworthy from {@code repo(o, r).get()}: Gogs reports
 * admin/push/pull on every repository in the lists of another user's or organization's repositories.
 */
public record Permissions(boolean admin, boolean push, boolean pull) {}
