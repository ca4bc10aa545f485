package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.events.IssueCommentEvent;
import io.jenkins.plugins.gogs.events.WebhookUser;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides whether an {@code issue_comment} delivery asks for a rebuild, in this order (cheap checks first, Gogs is
 * asked last): the delivery's signature was verified; a comment was created (not edited or deleted); on an open pull
 * request; its text is the phrase; and its author may write to the repository ({@link WriteAccess}). Anything else is
 * ignored without a word in the pull request.
 */
@Restricted(NoExternalUse.class)
public final class RebuildRequests {

    /** Asks whether a user may write to the repository. */
    @FunctionalInterface
    public interface AccessCheck {
        WriteAccess.Answer check(String owner, String repository, String username);
    }

    private RebuildRequests() {}

    public static RebuildDecision decide(
            IssueCommentEvent event, boolean signatureVerified, String phrase, AccessCheck access) {
        if (!signatureVerified) {
            return new RebuildDecision.Ignore("the delivery is not signed (the Gogs server in Jenkins has no webhook"
                    + " secret), so anybody could have sent it");
        }
        if (!"created".equals(event.action())) {
            return new RebuildDecision.Ignore("a comment was " + event.action() + ", not created");
        }
        if (event.issue() == null || !event.issue().isPullRequest()) {
            return new RebuildDecision.Ignore("the comment is on an issue, not a pull request");
        }
        if (!"open".equals(event.issue().state())) {
            return new RebuildDecision.Ignore("pull request #" + event.issue().number() + " is not open");
        }
        if (event.comment() == null || !RebuildPhrase.matches(event.comment().body(), phrase)) {
            return new RebuildDecision.Ignore("the comment is not the rebuild phrase");
        }
        String user = commenter(event);
        if (user == null) {
            return new RebuildDecision.Ignore("the delivery does not name the comment's author");
        }
        String owner = event.repository().ownerName();
        String repository = event.repository().name();
        if (owner == null || repository == null) {
            return new RebuildDecision.Ignore("the delivery does not name the repository");
        }
        WriteAccess.Answer answer = access.check(owner, repository, user);
        if (!answer.writer()) {
            return new RebuildDecision.Ignore(answer.reason());
        }
        return new RebuildDecision.Rebuild(owner, repository, event.issue().number(), user, answer.reason());
    }

    private static String commenter(IssueCommentEvent event) {
        WebhookUser author = event.comment().user() != null ? event.comment().user() : event.sender();
        return author == null || author.username() == null || author.username().isBlank() ? null : author.username();
    }
}
