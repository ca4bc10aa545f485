package io.jenkins.plugins.gogs.events;

/** Author or committer of a pushed commit; {@code username} is empty when no Gogs user has that e-mail. */
public record CommitPerson(String name, String email, String username) {}
