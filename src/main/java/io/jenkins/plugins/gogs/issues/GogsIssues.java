package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Comment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the issue steps do, without Jenkins: read and write the issues of one repository and answer with plain maps
 * and lists (see {@link IssueMaps}). Every failure is an {@link IssueException} whose message is meant for the
 * pipeline author; bad arguments are {@link IllegalArgumentException}s, raised before any request.
 */
@Restricted(NoExternalUse.class)
public final class GogsIssues {

    private final RepositoryName repository;
    private final IssueMaps maps;
    private final IssueFinder finder;
    private final IssueWriter writer;

    /**
     * @param client        a client for the server, with the credentials to act with
     * @param credentialsId the id of those credentials in Jenkins (only named in messages), or null for anonymous
     */
    public GogsIssues(GogsClient client, RepositoryName repository, String credentialsId) {
        this.repository = repository;
        RepoApi repo = client.repo(repository.owner(), repository.name());
        Failures failures = new Failures(client, repository, credentialsId);
        this.maps = new IssueMaps(client.serverUrl(), repository);
        this.finder = new IssueFinder(repo, repository, failures);
        this.writer = new IssueWriter(repo, repository, failures);
    }

    public RepositoryName repository() {
        return repository;
    }

    /** The issues the query selects, newest created first. */
    public ArrayList<Map<String, Object>> find(IssueQuery query) {
        return maps.issues(finder.find(query));
    }

    /**
     * One issue (or pull request) by number; with {@code withComments}, its comments too, oldest first, under
     * {@code commentList} (Gogs' close and reopen events, which have no text, are left out).
     */
    public LinkedHashMap<String, Object> get(long number, boolean withComments) {
        LinkedHashMap<String, Object> issue = maps.issue(writer.get(number));
        if (withComments) {
            ArrayList<Map<String, Object>> comments = new ArrayList<>();
            for (Comment comment : writer.comments(number)) {
                if (comment.body() != null && !comment.body().isEmpty()) {
                    comments.add(maps.comment(comment));
                }
            }
            issue.put("commentList", comments);
        }
        return issue;
    }

    public LinkedHashMap<String, Object> create(IssueDraft draft) {
        return maps.issue(writer.create(draft));
    }

    public LinkedHashMap<String, Object> update(long number, IssueChanges changes) {
        return maps.issue(writer.update(number, changes));
    }

    /** Closes the issue, after adding the comment when one is given. */
    public LinkedHashMap<String, Object> close(long number, String comment) {
        return maps.issue(writer.close(number, comment));
    }

    public LinkedHashMap<String, Object> comment(long number, String body) {
        return maps.comment(writer.comment(number, body));
    }

    /** Adds labels by name, creating missing ones when {@code create}; returns the names the issue has now. */
    public ArrayList<String> addLabels(long number, List<String> names, boolean create, String color) {
        return IssueMaps.labelNames(writer.addLabels(number, names, create, color));
    }

    /** Removes labels by name; returns the names the issue has now. */
    public ArrayList<String> removeLabels(long number, List<String> names) {
        return IssueMaps.labelNames(writer.removeLabels(number, names));
    }
}
