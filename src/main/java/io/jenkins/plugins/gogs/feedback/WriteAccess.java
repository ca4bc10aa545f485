package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.model.Collaborator;
import io.jenkins.plugins.gogs.client.model.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Whether a Gogs user may write to a repository, as far as Gogs 0.14's API lets another user find out, cached for a
 * short while. A user may write when they
 * <ol>
 *   <li>own the repository;</li>
 *   <li>are a collaborator with write or admin access (Gogs lists collaborators only to repository admins);</li>
 *   <li>are in the Owners team of the organization that owns it (Gogs lists team members only to site admins).</li>
 * </ol>
 * Members of other teams are not recognised: Gogs 0.14 does not tell which repositories such a team covers. Anything
 * the credentials may not ask counts as "no": a wrong "yes" would let a stranger start builds.
 */
@Restricted(NoExternalUse.class)
public final class WriteAccess {

    /** The answer, and why (for the system log). */
    public record Answer(boolean writer, String reason) {}

    /** How long an answer is reused. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private record Cached(Answer answer, Instant until) {}

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public WriteAccess() {
        this(DEFAULT_TTL, Clock.systemUTC());
    }

    public WriteAccess(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Asks Gogs (at most three requests), unless the same question was answered less than the TTL ago. */
    public Answer check(GogsClient client, String owner, String repository, String username) {
        String key = String.join("\n", client.serverUrl(), owner, repository, username)
                .toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.answer();
        }
        Answer answer = ask(client, owner, repository, username);
        cache.put(key, new Cached(answer, now.plus(ttl)));
        cache.values().removeIf(c -> !now.isBefore(c.until()));
        return answer;
    }

    private static Answer ask(GogsClient client, String owner, String repository, String username) {
        if (username.equalsIgnoreCase(owner)) {
            return new Answer(true, username + " owns " + owner + "/" + repository);
        }
        List<String> unknown = new ArrayList<>();
        Optional<Answer> collaborator = collaborator(client, owner, repository, username, unknown);
        if (collaborator.isPresent()) {
            return collaborator.get();
        }
        Optional<Answer> orgOwner = organizationOwner(client, owner, username, unknown);
        if (orgOwner.isPresent()) {
            return orgOwner.get();
        }
        return new Answer(
                false,
                username + " is neither a collaborator with write access to " + owner + "/" + repository
                        + " nor an owner of " + owner
                        + (unknown.isEmpty()
                                ? ""
                                : " as far as the credentials can tell (" + String.join("; ", unknown) + ")"));
    }

    private static Optional<Answer> collaborator(
            GogsClient client, String owner, String repository, String username, List<String> unknown) {
        try {
            for (Collaborator c : client.repo(owner, repository).collaborators()) {
                if (username.equalsIgnoreCase(c.username()) && c.permissions() != null) {
                    if (c.permissions().push() || c.permissions().admin()) {
                        return Optional.of(new Answer(
                                true,
                                username + " is a collaborator with write access to " + owner + "/" + repository));
                    }
                }
            }
        } catch (ForbiddenException | UnauthenticatedException | NotFoundOrNoAccessException e) {
            unknown.add("they may not list the collaborators, which needs admin rights on the repository");
        }
        return Optional.empty();
    }

    private static Optional<Answer> organizationOwner(
            GogsClient client, String owner, String username, List<String> unknown) {
        List<Team> teams;
        try {
            teams = client.orgs().teams(owner);
        } catch (NotFoundOrNoAccessException | ForbiddenException | UnauthenticatedException notAnOrganization) {
            return Optional.empty();
        }
        for (Team team : teams) {
            if (!team.isOwners()) {
                continue;
            }
            try {
                if (client.orgs().teamMembers(team.id()).stream()
                        .anyMatch(u -> username.equalsIgnoreCase(u.username()))) {
                    return Optional.of(new Answer(true, username + " is an owner of the organization " + owner));
                }
            } catch (ForbiddenException | UnauthenticatedException | NotFoundOrNoAccessException e) {
                unknown.add("they may not list the owners of " + owner + ", which needs a site admin");
            }
        }
        return Optional.empty();
    }
}
