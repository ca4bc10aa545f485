package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Comment;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Comments on the issues (and pull requests) of one repository. */
public final class CommentsApi {

    private static final TypeReference<List<Comment>> COMMENTS = new TypeReference<>() {};

    private final ApiCaller caller;
    private final RepoCoordinates repo;

    CommentsApi(ApiCaller caller, RepoCoordinates repo) {
        this.caller = caller;
        this.repo = repo;
    }

    /** An issue's comments, oldest first (close and reopen events appear too, with an empty body). */
    public List<Comment> list(long issueNumber) {
        return caller.call(
                ApiRequest.get(repo.path("issues").segment(issueNumber).segment("comments")), COMMENTS);
    }

    /** Comments on all issues of the repository updated at or after {@code since} (null: all), oldest first. */
    public List<Comment> listAll(OffsetDateTime since) {
        ApiRequest request = ApiRequest.get(repo.path("issues", "comments"))
                .withQuery("since", since == null ? null : since.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return caller.call(request, COMMENTS);
    }

    public Comment create(long issueNumber, String body) {
        return caller.call(
                ApiRequest.of(
                        "POST",
                        repo.path("issues").segment(issueNumber).segment("comments"),
                        Map.of("body", requireText(body))),
                Comment.class);
    }

    /** Changes a comment's text; allowed to its author and repository admins. */
    public Comment edit(long commentId, String body) {
        return caller.call(
                ApiRequest.of(
                        "PATCH", repo.path("issues", "comments").segment(commentId), Map.of("body", requireText(body))),
                Comment.class);
    }

    /** Deletes a comment; allowed to its author and repository admins. */
    public void delete(long issueNumber, long commentId) {
        caller.execute(ApiRequest.of(
                "DELETE",
                repo.path("issues").segment(issueNumber).segment("comments").segment(commentId),
                null));
    }

    private static String requireText(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A comment needs a text");
        }
        return body;
    }
}
