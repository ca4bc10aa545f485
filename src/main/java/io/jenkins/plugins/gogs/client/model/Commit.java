package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One commit as {@code GET /repos/:o/:r/commits/:sha} gives it. {@code author} and {@code committer} are the Gogs users
 * matched by e-mail (null when none); the git identities are in {@link Details}.
 */
public record Commit(
        String url, String sha, String htmlUrl, Details commit, User author, User committer, List<ParentRef> parents) {

    public Commit {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** The git-level data; {@code message} is the summary line only (as Gogs sends it). */
    public record Details(String url, Signature author, Signature committer, String message, ParentRef tree) {}

    /** A git identity and time, with the commit's own offset. */
    public record Signature(String name, String email, OffsetDateTime date) {}

    /** A reference to another git object (a parent commit or the tree). */
    public record ParentRef(String url, String sha) {}
}
