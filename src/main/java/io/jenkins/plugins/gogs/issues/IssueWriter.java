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
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Creates and changes issues of one repository, with labels by name and milestones by title.
 *
 * <p>Gogs silently ignores labels, milestone and assignee sent by a user without write access (on create, and
 * milestone and assignee on edit; reference section 4). So before such a request the user's permission is checked
 * (nothing is changed when it is missing), and after it the answer is compared with what was asked: a dropped value
 * is an error naming the issue, never a silent success.
 */
@Restricted(NoExternalUse.class)
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
            requireWriteAccess(Messages.IssueWriter_SetMetadataOnNewIssue(), Messages.IssueWriter_NothingCreated());
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
            created = failures.run(
                    Messages.Action_CreateIssue(), null, () -> new IssueCreation(repo.issues()).create(finalRequest));
        } catch (IssueCreation.StoredDespiteFailure e) {
            throw new IssueException(
                    Messages.IssueWriter_StoredDespiteFailure(
                            draft.title(),
                            repository,
                            String.valueOf(e.existing().number())),
                    e.getCause());
        }
        List<String> dropped = new ArrayList<>();
        if (!hasAll(created.labels(), wanted)) {
            dropped.add(Messages.IssueWriter_DroppedLabels(String.join(", ", draft.labels())));
        }
        if (milestone != null
                && (created.milestone() == null || created.milestone().id() != milestone.id())) {
            dropped.add(Messages.IssueWriter_DroppedMilestone(milestone.title()));
        }
        if (draft.assignee() != null && !IssueFilter.isUser(created.assignee(), draft.assignee())) {
            dropped.add(Messages.IssueWriter_DroppedAssignee(draft.assignee()));
        }
        if (!dropped.isEmpty()) {
            throw new IssueException(Messages.IssueWriter_CreatedWithout(
                    String.valueOf(created.number()), repository, String.join(", ", dropped), failures.who()));
        }
        return created;
    }

    Issue update(long number, IssueChanges changes) {
        String action = Messages.Action_UpdateIssue(String.valueOf(number));
        if (changes.assignee() != null || changes.milestone() != null) {
            requireWriteAccess(
                    Messages.IssueWriter_ChangeAssigneeOrMilestone(String.valueOf(number)),
                    Messages.IssueWriter_NothingChanged());
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
            List<Label> now = failures.run(Messages.Action_ChangeLabels(String.valueOf(number)), number, () -> {
                if (ids.isEmpty()) {
                    repo.labels().clearOnIssue(number);
                    return List.<Label>of();
                }
                return repo.labels().replaceOnIssue(number, ids);
            });
            issue = withLabels(issue, now);
        }
        boolean assigneeIgnored = changes.assignee() != null
                && !(changes.assignee().isEmpty()
                        ? issue.assignee() == null
                        : IssueFilter.isUser(issue.assignee(), changes.assignee()));
        boolean milestoneIgnored = milestoneId != null
                && !(milestoneId == 0
                        ? issue.milestone() == null
                        : issue.milestone() != null && issue.milestone().id() == milestoneId);
        if (assigneeIgnored || milestoneIgnored) {
            String ignored;
            if (assigneeIgnored && milestoneIgnored) {
                ignored = Messages.IssueWriter_IgnoredAssigneeAndMilestone();
            } else if (assigneeIgnored) {
                ignored = Messages.IssueWriter_IgnoredAssignee();
            } else {
                ignored = Messages.IssueWriter_IgnoredMilestone();
            }
            throw new IssueException(Messages.IssueWriter_UpdatedButIgnored(
                    String.valueOf(number), repository, ignored, failures.who()));
        }
        return issue;
    }

    Issue close(long number, String comment) {
        if (comment != null && !comment.isBlank()) {
            comment(number, comment);
        }
        return failures.run(
                Messages.Action_CloseIssue(String.valueOf(number)),
                number,
                () -> repo.issues().edit(number, IssueEdit.change().closed()));
    }

    Comment comment(long number, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(Messages.IssueWriter_CommentNeedsText());
        }
        return failures.run(
                Messages.Action_Comment(String.valueOf(number)),
                number,
                () -> repo.comments().create(number, body));
    }

    /** Adds labels by name; returns the issue's labels now. */
    List<Label> addLabels(long number, List<String> names, boolean create, String color) {
        List<Label> wanted = labels.resolve(names, create, color);
        if (wanted.isEmpty()) {
            return failures.run(
                    Messages.Action_ReadLabels(String.valueOf(number)),
                    number,
                    () -> repo.labels().ofIssue(number));
        }
        return failures.run(
                Messages.Action_AddLabels(String.valueOf(number)),
                number,
                () -> repo.labels().addToIssue(number, LabelResolver.ids(wanted)));
    }

    /**
     * Removes labels by name; a label the issue does not have is skipped (Gogs would miscount it), a name the
     * repository does not know is an error. Returns the issue's labels now.
     */
    List<Label> removeLabels(long number, List<String> names) {
        List<Label> unwanted = labels.existing(names);
        String action = Messages.Action_RemoveLabels(String.valueOf(number));
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
        return failures.run(
                Messages.Action_ReadIssue(String.valueOf(number)),
                number,
                () -> repo.issues().get(number));
    }

    List<Comment> comments(long number) {
        return failures.run(
                Messages.Action_ReadComments(String.valueOf(number)),
                number,
                () -> repo.comments().list(number));
    }

    private void requireWriteAccess(String what, String consequence) {
        Permissions permissions = failures.run(Messages.Action_ReadRepository(), null, () -> repo.get())
                .permissions();
        if (permissions != null && !permissions.push()) {
            throw new IssueException(Messages.IssueWriter_NoWriteAccess(what, repository, failures.who(), consequence));
        }
    }

    private MilestoneCatalog milestones() {
        return new MilestoneCatalog(
                repository,
                failures.run(
                        Messages.Action_ListMilestones(),
                        null,
                        () -> repo.milestones().list()));
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
