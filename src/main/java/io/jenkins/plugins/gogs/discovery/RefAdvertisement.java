package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.UnexpectedResponseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A repository's refs as git's smart HTTP advertises them: one request gives every branch tip, every tag (with the
 * commit an annotated tag points at, which Gogs' API does not tell) and every pull request head Gogs keeps at
 * {@code refs/pull/<n>/head}. Names and SHAs only; maps keep git's order (sorted by ref name).
 *
 * @param branches         branch name (may contain '/') to tip SHA
 * @param tags             tag name to what the tag ref holds and the commit it peels to
 * @param pullRequestHeads pull request number to head SHA, in number order; Gogs never deletes these refs, so
 *                         closed and merged pull requests are here too
 * @param headBranch       the branch HEAD points at (the repository's default branch), or null when git did not say
 */
@Restricted(NoExternalUse.class)
public record RefAdvertisement(
        Map<String, String> branches,
        Map<String, AdvertisedTag> tags,
        Map<Long, String> pullRequestHeads,
        String headBranch) {

    private static final String SERVICE_LINE = "# service=git-upload-pack";
    private static final Pattern REF_LINE = Pattern.compile("([0-9a-f]{40}) (\\S+)");
    private static final Pattern PULL_HEAD = Pattern.compile("refs/pull/([1-9][0-9]{0,17})/head");
    private static final Pattern SYMREF_HEAD = Pattern.compile("(?:^| )symref=HEAD:refs/heads/(\\S+)");
    private static final String NO_OBJECT = "0".repeat(40);

    /**
     * A tag.
     *
     * @param refSha    what {@code refs/tags/<name>} holds: the tag object for an annotated tag, else the commit
     * @param commitSha the commit the tag points at (the peeled {@code ^{}} value for an annotated tag)
     */
    public record AdvertisedTag(String name, String refSha, String commitSha) {

        public AdvertisedTag {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(refSha, "refSha");
            Objects.requireNonNull(commitSha, "commitSha");
        }

        public boolean annotated() {
            return !refSha.equals(commitSha);
        }
    }

    public RefAdvertisement {
        branches = Collections.unmodifiableMap(new LinkedHashMap<>(branches));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        pullRequestHeads = Collections.unmodifiableMap(new TreeMap<>(pullRequestHeads));
    }

    /** No branch, tag or pull request: an empty repository. */
    public boolean isEmpty() {
        return branches.isEmpty() && tags.isEmpty() && pullRequestHeads.isEmpty();
    }

    /**
     * Lists the repository's refs with one request through the client (its connections, credential, proxy and
     * request listeners).
     *
     * @throws io.jenkins.plugins.gogs.client.GogsException as the client does; an advertisement git would not
     *                                                      accept is an {@link UnexpectedResponseException}
     */
    public static RefAdvertisement fetch(GogsClient client, String owner, String repository) {
        return fetch(client.repo(owner, repository), owner, repository);
    }

    /** As {@link #fetch(GogsClient, String, String)}, through this view of the repository (e.g. one sharing a check). */
    static RefAdvertisement fetch(RepoApi repo, String owner, String repository) {
        byte[] body = repo.uploadPackAdvertisement();
        try {
            return parse(body);
        } catch (IllegalArgumentException e) {
            throw new UnexpectedResponseException(
                    "GET",
                    "/" + owner + "/" + repository + ".git/info/refs",
                    200,
                    "malformed ref advertisement: " + e.getMessage());
        }
    }

    /**
     * Reads a smart-HTTP advertisement of {@code git-upload-pack} (protocol v0 or v1).
     *
     * @throws IllegalArgumentException if it is not one, or the server sent an error line
     */
    public static RefAdvertisement parse(byte[] body) {
        List<String> packets = PktLines.split(body);
        int at = 0;
        if (!packets.isEmpty() && packets.get(0).equals(SERVICE_LINE)) {
            at = 1;
            if (at < packets.size() && packets.get(at).equals(PktLines.FLUSH)) {
                at++;
            }
        }
        if (at < packets.size() && packets.get(at).equals("version 1")) {
            at++; // the same ref lines follow
        }
        Parsed parsed = new Parsed();
        boolean ended = false;
        for (boolean first = true; at < packets.size(); at++, first = false) {
            String packet = packets.get(at);
            if (packet.equals(PktLines.FLUSH)) {
                ended = true;
                break;
            }
            if (packet.startsWith("ERR ")) {
                throw new IllegalArgumentException("the server reported an error: " + packet.substring(4));
            }
            if (first && packet.startsWith("version 2")) {
                throw new IllegalArgumentException("the server answered with git protocol v2, which was not asked for");
            }
            parsed.add(packet, first);
        }
        if (!ended) {
            throw new IllegalArgumentException("the ref list does not end with a flush packet");
        }
        return parsed.toAdvertisement();
    }

    /** Collects ref lines; a peeled line ({@code refs/tags/x^{}}) follows the tag it belongs to. */
    private static final class Parsed {
        private final Map<String, String> branches = new LinkedHashMap<>();
        private final Map<String, String> tagRefs = new LinkedHashMap<>();
        private final Map<String, String> peeled = new LinkedHashMap<>();
        private final Map<Long, String> pulls = new TreeMap<>();
        private String headBranch;

        void add(String packet, boolean first) {
            String line = packet;
            int nul = packet.indexOf('\u0000');
            if (nul >= 0) {
                if (!first) {
                    throw new IllegalArgumentException("capabilities after the first ref line");
                }
                Matcher symref = SYMREF_HEAD.matcher(packet.substring(nul + 1));
                if (symref.find()) {
                    headBranch = symref.group(1);
                }
                line = packet.substring(0, nul);
            }
            Matcher ref = REF_LINE.matcher(line);
            if (!ref.matches()) {
                throw new IllegalArgumentException("not a ref line: '" + shorten(line) + "'");
            }
            String sha = ref.group(1);
            String name = ref.group(2);
            if (sha.equals(NO_OBJECT)) {
                return; // "capabilities^{}" of a repository without refs
            }
            if (name.startsWith("refs/heads/")) {
                branches.put(name.substring("refs/heads/".length()), sha);
            } else if (name.startsWith("refs/tags/") && name.endsWith("^{}")) {
                peeled.put(name.substring("refs/tags/".length(), name.length() - 3), sha);
            } else if (name.startsWith("refs/tags/")) {
                tagRefs.put(name.substring("refs/tags/".length()), sha);
            } else {
                Matcher pull = PULL_HEAD.matcher(name);
                if (pull.matches()) {
                    pulls.put(Long.parseLong(pull.group(1)), sha);
                }
            }
        }

        RefAdvertisement toAdvertisement() {
            Map<String, AdvertisedTag> tags = new LinkedHashMap<>();
            tagRefs.forEach(
                    (name, sha) -> tags.put(name, new AdvertisedTag(name, sha, peeled.getOrDefault(name, sha))));
            return new RefAdvertisement(branches, tags, pulls, headBranch);
        }

        private static String shorten(String text) {
            return text.length() <= 120 ? text : text.substring(0, 120) + "...";
        }
    }
}
