package io.jenkins.plugins.gogs.push;

import io.jenkins.plugins.gogs.events.GitRef;
import io.jenkins.plugins.gogs.events.GogsWebhookEvent;
import io.jenkins.plugins.gogs.events.PushCommit;
import io.jenkins.plugins.gogs.events.PushEvent;
import io.jenkins.plugins.gogs.events.RefCreatedEvent;
import io.jenkins.plugins.gogs.events.RefKind;
import io.jenkins.plugins.gogs.events.WebhookRepository;
import io.jenkins.plugins.gogs.events.WebhookUser;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A branch or tag that a delivery says was pushed, as far as jobs with a push trigger care: a {@code push} to a
 * branch (also a new or force-pushed one, not a deleted one), or a {@code create} of a tag (Gogs sends no
 * {@code push} for tags). The {@code create} of a branch is left out: the {@code push} that follows it says the
 * same, with the commits.
 *
 * @param repository the delivered repository, on the configured server's canonical URL
 * @param ref the branch or tag
 * @param before the previous commit of a branch (40 zeros for a new one); null for a tag, which Gogs does not tell
 * @param after the branch's new commit; for a tag, the tag's value (the tag object, for an annotated tag)
 * @param compareUrl Gogs' page comparing {@code before} and {@code after}; empty for new branches and tags
 * @param pusher the Gogs user name of who pushed; null when the payload names nobody
 * @param headMessage the message of the pushed commit ({@code after}); null when unknown (tags, pushes not listing it)
 * @param delivered the repository as the payload describes it (URLs)
 */
@Restricted(NoExternalUse.class)
public record PushedRef(
        RepositoryKey repository,
        GitRef ref,
        String before,
        String after,
        String compareUrl,
        String pusher,
        String headMessage,
        WebhookRepository delivered) {

    public PushedRef {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(delivered, "delivered");
        compareUrl = compareUrl == null ? "" : compareUrl;
    }

    /**
     * The pushed branch or tag of an accepted delivery from the configured server at {@code serverUrl}; empty for
     * every other event, for deleted refs, and for payloads that lack what a build needs.
     */
    public static Optional<PushedRef> of(GogsWebhookEvent event, String serverUrl) {
        if (event.repository() == null) {
            return Optional.empty();
        }
        if (event instanceof PushEvent push) {
            GitRef ref = push.gitRef();
            if (ref.kind() == RefKind.OTHER || push.deleted() || blank(push.after())) {
                return Optional.empty();
            }
            return event.repository()
                    .keyOn(serverUrl)
                    .map(key -> new PushedRef(
                            key,
                            ref,
                            push.before(),
                            push.after(),
                            push.compareUrl(),
                            name(push.pusher() != null ? push.pusher() : push.sender()),
                            push.headCommit().map(PushCommit::message).orElse(null),
                            push.repository()));
        }
        if (event instanceof RefCreatedEvent create && create.gitRef().isTag() && !blank(create.sha())) {
            return event.repository()
                    .keyOn(serverUrl)
                    .map(key -> new PushedRef(
                            key,
                            create.gitRef(),
                            null,
                            create.sha(),
                            "",
                            name(create.sender()),
                            null,
                            create.repository()));
        }
        return Optional.empty();
    }

    public boolean isTag() {
        return ref.isTag();
    }

    /**
     * Where a person sees what was pushed: Gogs' compare page, or for a new branch its head commit, for a tag the
     * tag's files; null when the payload has no web URL.
     */
    public String webUrl() {
        if (!compareUrl.isBlank()) {
            return compareUrl;
        }
        if (blank(delivered.htmlUrl())) {
            return null;
        }
        RepositoryLinks links = new RepositoryLinks(delivered.htmlUrl());
        return isTag() ? links.tag(ref.name()) : links.commit(after);
    }

    private static String name(WebhookUser user) {
        return user == null || blank(user.username()) ? null : user.username();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
