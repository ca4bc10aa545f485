package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.User;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Issues and comments as the steps return them: {@link LinkedHashMap}s and {@link ArrayList}s of strings, numbers,
 * booleans and nulls only, so a pipeline can keep them in variables across a restart (CPS serializes them) and read
 * them without script approval. Times are ISO-8601 in UTC ({@code 2026-01-31T10:15:00Z}), whatever zone the Gogs
 * server runs in.
 */
@Restricted(NoExternalUse.class)
public final class IssueMaps {

    private final String serverUrl;
    private final RepositoryName repository;

    /**
     * @param serverUrl the Gogs server's web address, without trailing slash (web URLs are built from it)
     */
    public IssueMaps(String serverUrl, RepositoryName repository) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.repository = repository;
    }

    /**
     * {@code number} (an int, like the steps' {@code number} argument), {@code title}, {@code body}, {@code state} ("open"/"closed"), {@code labels} (names),
     * {@code milestone} (title or null), {@code assignee} (user name or null), {@code author}, {@code comments}
     * (count), {@code created}, {@code updated}, {@code url} (the issue's web page), {@code pullRequest}.
     */
    public LinkedHashMap<String, Object> issue(Issue issue) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("number", Math.toIntExact(issue.number()));
        map.put("title", issue.title());
        map.put("body", issue.body() == null ? "" : issue.body());
        map.put("state", issue.state());
        map.put("labels", labelNames(issue.labels()));
        map.put(
                "milestone",
                issue.milestone() == null ? null : issue.milestone().title());
        map.put("assignee", name(issue.assignee()));
        map.put("author", name(issue.user()));
        map.put("comments", issue.comments());
        map.put("created", time(issue.createdAt()));
        map.put("updated", time(issue.updatedAt()));
        map.put("url", webUrl(issue));
        map.put("pullRequest", issue.isPullRequest());
        return map;
    }

    public ArrayList<Map<String, Object>> issues(List<Issue> issues) {
        ArrayList<Map<String, Object>> maps = new ArrayList<>(issues.size());
        issues.forEach(i -> maps.add(issue(i)));
        return maps;
    }

    /** {@code id}, {@code author}, {@code body}, {@code created}, {@code updated}, {@code url}. */
    public LinkedHashMap<String, Object> comment(Comment comment) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("id", comment.id());
        map.put("author", name(comment.user()));
        map.put("body", comment.body());
        map.put("created", time(comment.createdAt()));
        map.put("updated", time(comment.updatedAt()));
        map.put("url", comment.htmlUrl());
        return map;
    }

    public static ArrayList<String> labelNames(List<Label> labels) {
        ArrayList<String> names = new ArrayList<>(labels.size());
        labels.forEach(l -> names.add(l.name()));
        return names;
    }

    /** {@code <server>/<owner>/<repo>/issues/<n>}, or {@code .../pulls/<n>} for a pull request. */
    public String webUrl(Issue issue) {
        return serverUrl + "/" + repository.owner() + "/" + repository.name()
                + (issue.isPullRequest() ? "/pulls/" : "/issues/") + issue.number();
    }

    private static String name(User user) {
        if (user == null) {
            return null;
        }
        return user.login() == null || user.login().isEmpty() ? user.username() : user.login();
    }

    static String time(OffsetDateTime time) {
        return time == null
                ? null
                : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
