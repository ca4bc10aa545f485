package io.jenkins.plugins.gogs.discovery;

import java.util.Locale;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What Gogs said about one pull request in a {@code pull_request} webhook delivery. Gogs 0.14 fixes all of it when
 * the pull request is opened (neither its target nor its head branch can be changed afterwards, nor who opened it),
 * and its API tells none of it, so these facts are kept ({@link KnownPullRequests}) and preferred to anything a scan
 * could infer from git refs.
 *
 * @param baseBranch     the branch it targets
 * @param headBranch     the branch it comes from, in the base repository or in the fork
 * @param headOwner      the owner of the head repository; null when Gogs said that repository was deleted
 * @param headRepository the name of the head repository; null likewise
 * @param fromFork       whether the head repository is another repository than the base (a deleted one counts as one)
 * @param author         the login of the user who opened it: a scan applies the facts to the pull request of that
 *                       number only while the issue of that number was opened by that user (a repository deleted
 *                       and created again under the same name numbers its pull requests anew)
 */
@Restricted(NoExternalUse.class)
public record PullRequestFacts(
        String baseBranch,
        String headBranch,
        String headOwner,
        String headRepository,
        boolean fromFork,
        String author) {

    public PullRequestFacts {
        requireText(baseBranch, "baseBranch");
        requireText(headBranch, "headBranch");
        requireText(author, "author");
        if (!fromFork && (headOwner == null || headRepository == null)) {
            throw new IllegalArgumentException("A pull request from the base repository names that repository");
        }
    }

    /** Whether these are facts about the pull request the user {@code login} opened (names ignore case in Gogs). */
    public boolean openedBy(String login) {
        return login != null && author.toLowerCase(Locale.ROOT).equals(login.toLowerCase(Locale.ROOT));
    }

    /** Where the head commit comes from, as Gogs said. */
    PullRequestHead head(String baseOwner, String baseRepository) {
        if (!fromFork) {
            return PullRequestHead.origin(baseOwner, baseRepository, headBranch);
        }
        return headOwner == null
                ? PullRequestHead.unknownFork(headBranch)
                : PullRequestHead.fork(headOwner, headRepository, headBranch);
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
    }
}
