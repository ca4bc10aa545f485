package io.jenkins.plugins.gogs.push;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a job's push trigger asks for besides its git configuration: which branch and tag names (a
 * {@link NameFilter}), whether pushed tags build at all, and the {@link SkipPhrases}.
 */
@Restricted(NoExternalUse.class)
public record PushTriggerOptions(NameFilter branchFilter, boolean buildTags, SkipPhrases skipPhrases) {

    public static PushTriggerOptions of(String branchFilter, boolean buildTags, String skipPhrases) {
        return new PushTriggerOptions(NameFilter.of(branchFilter), buildTags, SkipPhrases.of(skipPhrases));
    }
}
