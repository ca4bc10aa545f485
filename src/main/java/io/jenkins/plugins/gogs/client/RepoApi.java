package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.gogs.client.model.Branch;
import io.jenkins.plugins.gogs.client.model.Collaborator;
import io.jenkins.plugins.gogs.client.model.Commit;
import io.jenkins.plugins.gogs.client.model.ContentEntry;
import io.jenkins.plugins.gogs.client.model.Contents;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.client.model.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One repository: its metadata, git refs, files and collaborators, and the issue, label, milestone, comment and
 * webhook groups.
 *
 * <p>Lookups of something inside the repository (a branch, a ref, a commit, a file) return {@link Optional#empty()}
 * when the repository is there but the thing is not; when the repository itself is missing or not visible they throw
 * {@link NotFoundOrNoAccessException}. Telling the two apart costs one extra request, only after a 404; a view
 * {@link #sharing(RepositoryCheck) sharing a check} makes that request at most once, and not at all once the
 * repository answered.
 */
public final class RepoApi {

    private static final String HEADS = "refs/heads/";
    private static final String TAGS = "refs/tags/";

    private final ApiCaller caller;
    private final Paginator paginator;
    private final RepoCoordinates repo;
    private final RepositoryCheck check; // null: every 404 inside the repository asks for the repository again

    RepoApi(ApiCaller caller, Paginator paginator, RepoCoordinates repo) {
        this(caller, paginator, repo, null);
    }

    private RepoApi(ApiCaller caller, Paginator paginator, RepoCoordinates repo, RepositoryCheck check) {
        this.caller = caller;
        this.paginator = paginator;
        this.repo = repo;
        this.check = check;
    }

    /**
     * This repository, with lookups that share {@code check}: after a 404 inside the repository, the repository itself
     * is asked for only if no answer of it was seen yet through the check (e.g. its ref listing in the same scan).
     */
    public RepoApi sharing(RepositoryCheck check) {
        return new RepoApi(caller, paginator, repo, Objects.requireNonNull(check, "check"));
    }

    /** The repository, with the caller's real permissions. */
    public Repository get() {
        Repository repository = caller.call(ApiRequest.get(repo.path()), Repository.class);
        seen();
        return repository;
    }

    /**
     * The repository's direct forks. Gogs lists every fork, also private ones the caller cannot open (their
     * {@code permissions} then claim read access: reading such a fork's branches still fails with
     * {@link NotFoundOrNoAccessException}).
     */
    public List<Repository> forks() {
        return caller.call(ApiRequest.get(repo.path("forks")), new TypeReference<List<Repository>>() {});
    }

    /**
     * Every ref of the repository in ONE request, as git's smart HTTP advertises them to {@code git-upload-pack}
     * (what {@code git ls-remote} reads): branches, tags with the peeled commit of annotated tags
     * ({@code refs/tags/x^{}}), and the {@code refs/pull/<n>/head} refs Gogs keeps for pull requests. The body is
     * returned as sent (pkt-lines of git's protocol v0, which Gogs 0.14 always speaks); parse it with
     * {@code io.jenkins.plugins.gogs.discovery.RefAdvertisement}. Authenticates with HTTP Basic (the only scheme
     * Gogs' git handler takes): a token as the username, a password credential as is.
     *
     * @throws UnexpectedResponseException if the answer is not a ref advertisement (a login page, a dumb server)
     * @throws ForbiddenException if git over HTTP is disabled on the server, or the credential may not read
     */
    public byte[] uploadPackAdvertisement() {
        ApiRequest request = ApiRequest.git(
                        ApiPath.of()
                                .segment(repo.owner())
                                .segment(repo.name() + ".git")
                                .segment("info")
                                .segment("refs"),
                        "application/x-git-upload-pack-advertisement, */*")
                .withQuery("service", "git-upload-pack");
        HttpResult result = caller.send(request);
        String type = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-git-upload-pack-advertisement")) {
            throw new UnexpectedResponseException(
                    "GET",
                    request.fullPath(),
                    result.status(),
                    "not a git ref advertisement (" + (type.isEmpty() ? "no content type" : type)
                            + "); is the server URL the one Gogs is served at?");
        }
        seen();
        return result.body();
    }

    /** All branches; none for an empty repository (for which Gogs 0.14 itself fails with a 500). */
    public List<Branch> branches() {
        try {
            return caller.call(ApiRequest.get(repo.path("branches")), new TypeReference<List<Branch>>() {});
        } catch (ServerErrorException e) {
            if (get().empty()) {
                return List.of();
            }
            throw e;
        }
    }

    /** One branch; the name may contain '/'. */
    public Optional<Branch> branch(String name) {
        return inRepo(() -> caller.call(ApiRequest.get(repo.path("branches").slashed(name)), Branch.class));
    }

    /** Tags, newest first. */
    public List<Tag> tags() {
        return caller.call(ApiRequest.get(repo.path("tags")), new TypeReference<List<Tag>>() {});
    }

    /**
     * The SHA a branch or tag ref holds (for an annotated tag, the tag object: see {@link Tag}). {@code ref} is a
     * branch or tag name (may contain '/'; a branch wins over a tag of the same name) or a full ref
     * ({@code refs/heads/x}, {@code refs/tags/v1}); empty when there is no such branch or tag.
     */
    public Optional<String> sha(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("A ref name is empty");
        }
        if (ref.startsWith(HEADS)) {
            // Gogs answers 500, not 404, for a missing full branch ref; the branch endpoint answers 404.
            return branch(ref.substring(HEADS.length())).map(b -> b.commit().id());
        }
        try {
            return inRepo(() -> plainSha(ref));
        } catch (ServerErrorException e) {
            // Likewise for a missing full tag ref: tell "no such tag" from a real failure.
            if (ref.startsWith(TAGS) && tags().stream().noneMatch(t -> t.name().equals(ref.substring(TAGS.length())))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String plainSha(String ref) {
        ApiRequest request = ApiRequest.get(repo.path("commits").slashed(ref)).withAccept("application/vnd.gogs.sha");
        String sha = caller.text(request);
        if (!sha.matches("[0-9a-f]{40}")) {
            throw new UnexpectedResponseException("GET", "/api/v1" + request.path(), 200, "not a commit SHA");
        }
        return sha;
    }

    /**
     * A commit by SHA (full or abbreviated) or by branch or tag name; empty for an unknown name. Gogs 0.14 answers
     * 500 for a well-formed full SHA that does not exist: that is a {@link ServerErrorException}.
     */
    public Optional<Commit> commit(String sha) {
        return inRepo(() -> caller.call(ApiRequest.get(repo.path("commits").segment(sha)), Commit.class));
    }

    /**
     * A file's bytes at a branch, tag or full commit SHA; empty when there is no file at that path (a directory is
     * not a file), no such ref, or the repository is empty.
     */
    public Optional<byte[]> rawFile(String ref, String path) {
        ApiRequest request =
                ApiRequest.get(repo.path("raw").slashed(ref).slashed(path)).withAccept("*/*");
        try {
            return inRepo(() -> caller.send(request).body());
        } catch (ServerErrorException e) {
            // Gogs answers 500 for a directory; say "no file there" only when it is one.
            if (contents(ref, path).filter(Contents.Directory.class::isInstance).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * What {@code path} is at {@code ref} (a branch, tag or SHA; null for the default branch): a file, symlink or
     * submodule, or a directory listing; {@code ""} is the root. Empty when the path or ref does not exist.
     */
    public Optional<Contents> contents(String ref, String path) {
        ApiPath apiPath = repo.path("contents");
        if (path != null && !path.isBlank()) {
            apiPath.slashed(path);
        }
        ApiRequest request = ApiRequest.get(apiPath).withQuery("ref", ref == null || ref.isBlank() ? null : ref);
        return inRepo(() -> ApiCaller.parse(request, caller.send(request), RepoApi::parseContents));
    }

    private static Contents parseContents(byte[] body) throws java.io.IOException {
        JsonNode json = JsonCodec.tree(body);
        if (json.isArray()) {
            return new Contents.Directory(JsonCodec.MAPPER
                    .readerFor(new TypeReference<List<ContentEntry>>() {})
                    .readValue(json));
        }
        return new Contents.Single(JsonCodec.convert(json, ContentEntry.class));
    }

    /** Collaborators and their permissions; needs admin rights on the repository. */
    public List<Collaborator> collaborators() {
        return caller.call(ApiRequest.get(repo.path("collaborators")), new TypeReference<List<Collaborator>>() {});
    }

    /** Whether the user is a collaborator (the owner is not one); needs admin rights on the repository. */
    public boolean isCollaborator(String username) {
        return inRepo(() -> {
                    caller.execute(ApiRequest.get(repo.path("collaborators").segment(username)));
                    return true;
                })
                .isPresent();
    }

    public IssuesApi issues() {
        return new IssuesApi(caller, paginator, repo);
    }

    public CommentsApi comments() {
        return new CommentsApi(caller, repo);
    }

    public LabelsApi labels() {
        return new LabelsApi(caller, repo);
    }

    public MilestonesApi milestones() {
        return new MilestonesApi(caller, repo);
    }

    public HooksApi hooks() {
        return new HooksApi(caller, repo);
    }

    /**
     * Runs a lookup of something in the repository: a 404 means "not there" if the repository itself answers, and
     * is rethrown if the repository is missing or invisible too.
     */
    private <T> Optional<T> inRepo(Supplier<T> lookup) {
        T found;
        try {
            found = lookup.get();
        } catch (NotFoundOrNoAccessException missing) {
            if (check == null) {
                get();
            } else {
                check.ensure(this::get);
            }
            return Optional.empty();
        }
        seen();
        return Optional.of(found);
    }

    private void seen() {
        if (check != null) {
            check.seenNow();
        }
    }

    @Override
    public String toString() {
        return "repository " + repo;
    }
}
