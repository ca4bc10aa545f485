package io.jenkins.plugins.gogs.client.model;

/**
 * A Gogs user. {@code email} is empty for anonymous callers; {@code login} equals {@code username} except in user
 * search results, where Gogs leaves it empty.
 */
public record User(long id, String username, String login, String fullName, String email, String avatarUrl) {}
