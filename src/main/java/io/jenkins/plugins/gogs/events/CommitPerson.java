package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Author or committer of a pushed commit; {@code username} is empty when no Gogs user has that e-mail. */
@Restricted(NoExternalUse.class)
public record CommitPerson(String name, String email, String username) {}
