package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.IssueEdit;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.Milestone;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import io.jenkins.plugins.gogs.client.model.Permissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates and changes issues of one repository, with labels by name and milestones by title.
 *
 * <p>Gogs silently ignores labels, milestone and assignee sent by a user without write access (on create, and
 * milestone and assignee on edit; reference section 4). So before such a request the user's permission is checked
 * (nothing is changed when it is missing), and after it the answer is compared with what was asked: a dropped value
 * is an error naming the issue, never a silent success.
 */
final class IssueWriter {

    private final RepoApi repo;
    private final RepositoryName repository;
    private final Failures failures;
    private final LabelResolver labels;

    IssueWriter(RepoApi repo, RepositoryName repository, Failures failures) {
        this.repo = repo;
        this.repository = repository;
        this.failures = failures;
        this.labels = new LabelResolver(repo, repository, failures);
    }

    Issue create(IssueDraft draft) {
        if (draft.setsMetadata()) {
            requireWriteAccess("set labels, a milestone or an assignee on a new issue", "nothing was created");
        }
        List<Label> wanted = labels.resolve(draft.labels(), draft.createLabels(), draft.labelColor());
        Milestone milestone = draft.milestone() == null ? null : milestones().require(draft.milestone());
        NewIssue request = NewIssue.titled(draft.title()).withBody(draft.body()).withLabels(LabelResolver.ids(wanted));
        if (milestone != null) {
            request = request.withMilestone(milestone.id());
        }
        if (draft.assignee() != null) {
            request = request.withAssignee(draft.assignee());
        }
        NewIssue finalRequest = request;
        Issue created;
        try {
            created =
                    failures.run("create an issue", null, () -> new IssueCreation(repo.issues()).create(finalRequest));
        } catch (IssueCreation.StoredDespiteFailure e) {
            throw new IssueException(
                    "Gogs failed to create the issue '" + draft.title() + "' in " + repository
                            + " (HTTP 500), yet issue #" + e.existing().number()
                            + " with the same title and text was created"
                            + " just now (this one, or a twin created in parallel); it was not created again",
                    e.getCause());
        }
        List<String> dropped = new ArrayList<>();
        if (!hasAll(created.labels(), wanted)) {
            dropped.add("labels (" + String.join(", ", draft.labels()) + ")");
        }
        if (milestone != null
                && (created.milestone() == null || created.milestone().id() != milestone.id())) {
            dropped.add("milestone (" + milestone.title() + ")");
        }
        if (draft.assignee() != null && !IssueFilter.isUser(created.assignee(), draft.assignee())) {
            dropped.add("assignee (" + draft.assignee() + ")");
        }
        if (!dropped.isEmpty()) {
            throw new IssueException("issue #" + created.number() + " was created in " + repository + " without its "
                    + String.join(", ", dropped) + ": Gogs dropped them because " + failures.who()
                    + " has no write access there");
        }
        return created;
    }

    Issue update(long number, IssueChanges changes) {
        String action = "update issue #" + number;
        if (changes.assignee() != null || changes.milestone() != null) {
            requireWriteAccess("change the assignee or milestone of issue #" + number, "nothing was changed");
        }
        Long milestoneId = null;
        if (changes.milestone() != null) {
            milestoneId = changes.milestone().isEmpty()
                    ? 0L
                    : milestones().require(changes.milestone()).id();
        }
        List<Label> wanted = changes.labels() == null
                ? null
                : labels.resolve(changes.labels(), changes.createLabels(), changes.labelColor());
        Issue issue;
        if (changes.editsFields()) {
            IssueEdit edit =
                    new IssueEdit(changes.title(), changes.body(), changes.assignee(), milestoneId, changes.state());
            issue = failures.run(action, number, () -> repo.issues().edit(number, edit));
        } else {
            issue = get(number);
        }
        if (wanted != null) {
            List<Long> ids = LabelResolver.ids(wanted);
            List<Label> now = failures.run("change the labels of issue #" + number, number, () -> {
                if (ids.isEmpty()) {
                    repo.labels().clearOnIssue(number);
                    return List.<Label>of();
                }
                return repo.labels().replaceOnIssue(number, ids);
            });
            issue = withLabels(issue, now);
        }
        List<String> ignored = new ArrayList<>();
        if (changes.assignee() != null
                && !(changes.assignee().isEmpty()
                        ? issue.assignee() == null
                        : IssueFilter.isUser(issue.assignee(), changes.assignee()))) {
            ignored.add("assignee");
        }
        if (milestoneId != null
                && !(milestoneId == 0
                        ? issue.milestone() == null
                        : issue.milestone() != null && issue.milestone().id() == milestoneId)) {
            ignored.add("milestone");
        }
        if (!ignored.isEmpty()) {
            throw new IssueException("issue #" + number + " in " + repository
                    + " was updated, but Gogs ignored its new " + String.join(" and ", ignored) + " because "
                    + failures.who() + " has no write access there");
        }
        return issue;
    }

    Issue close(long number, String comment) {
        if (comment != null && !comment.isBlank()) {
            comment(number, comment);
        }
        return failures.run(
                "close issue #" + number,
                number,
                () -> repo.issues().edit(number, IssueEdit.change().closed()));
    }

    Comment comment(long number, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a comment needs a text");
        }
        return failures.run(
                "comment on issue #" + number, number, () -> repo.comments().create(number, body));
    }

    /** Adds labels by name; returns the issue's labels now. */
    List<Label> addLabels(long number, List<String> names, boolean create, String color) {
        List<Label> wanted = labels.resolve(names, create, color);
        if (wanted.isEmpty()) {
            return failures.run(
                    "read the labels of issue #" + number,
                    number,
                    () -> repo.labels().ofIssue(number));
        }
        return failures.run(
                "add labels to issue #" + number,
                number,
                () -> repo.labels().addToIssue(number, LabelResolver.ids(wanted)));
    }

    /**
     * Removes labels by name; a label the issue does not have is skipped (Gogs would miscount it), a name the
     * repository does not know is an error. Returns the issue's labels now.
     */
    List<Label> removeLabels(long number, List<String> names) {
        List<Label> unwanted = labels.existing(names);
        String action = "remove labels from issue #" + number;
        return failures.run(action, number, () -> {
            List<Label> now = new ArrayList<>(repo.labels().ofIssue(number));
            Set<Long> remove = new HashSet<>(LabelResolver.ids(unwanted));
            for (Label label : List.copyOf(now)) {
                if (remove.contains(label.id())) {
                    repo.labels().removeFromIssue(number, label.id());
                    now.remove(label);
                }
            }
            return now;
        });
    }

    Issue get(long number) {
        return failures.run("read issue #" + number, number, () -> repo.issues().get(number));
    }

    List<Comment> comments(long number) {
        return failures.run(
                "read the comments of issue #" + number,
                number,
                () -> repo.comments().list(number));
    }

    private void requireWriteAccess(String what, String consequence) {
        Permissions permissions =
                failures.run("read the repository", null, () -> repo.get()).permissions();
        if (permissions != null && !permissions.push()) {
            throw new IssueException("cannot " + what + " in " + repository + ": " + failures.who()
                    + " has no write access there, and Gogs would silently ignore them; " + consequence);
        }
    }

    private MilestoneCatalog milestones() {
        return new MilestoneCatalog(
                repository,
                failures.run(
                        "list the milestones", null, () -> repo.milestones().list()));
    }

    private static boolean hasAll(List<Label> present, List<Label> wanted) {
        Set<Long> ids = new HashSet<>();
        present.forEach(l -> ids.add(l.id()));
        return wanted.stream().allMatch(l -> ids.contains(l.id()));
    }

    private static Issue withLabels(Issue issue, List<Label> labels) {
        return new Issue(
                issue.id(),
                issue.number(),
                issue.user(),
                issue.title(),
                issue.body(),
                labels,
                issue.milestone(),
                issue.assignee(),
                issue.state(),
                issue.comments(),
                issue.createdAt(),
                issue.updatedAt(),
                issue.pullRequest());
    }
}
