package io.jenkins.plugins.gogs.client.model;

/** A commit's author or committer as git knows them; {@code username} is empty when no Gogs user has the e-mail. */
public record PayloadUser(String name, String email, String username) {}
