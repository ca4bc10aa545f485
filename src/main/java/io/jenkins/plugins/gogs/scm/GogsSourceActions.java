package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.client.model.User;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.metadata.ContributorMetadataAction;
import jenkins.scm.api.metadata.ObjectMetadataAction;
import jenkins.scm.api.metadata.PrimaryInstanceMetadataAction;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The metadata Jenkins shows for a Gogs repository and its branches, tags and pull requests: names and links. */
@Restricted(NoExternalUse.class)
final class GogsSourceActions {

    private GogsSourceActions() {}

    /** The repository: its description and page. */
    static List<Action> forRepository(@NonNull Repository repository) {
        return List.of(new ObjectMetadataAction(null, blankToNull(repository.description()), repository.htmlUrl()));
    }

    /**
     * A head: its page; the default branch is marked primary; a pull request has its title and author (from the last
     * scan, else one issue request).
     */
    static List<Action> forHead(@NonNull GogsSCMSource source, @NonNull SCMHead head) throws IOException {
        RepositoryLinks links = new RepositoryLinks(source.webUrl());
        List<Action> actions = new ArrayList<>();
        if (head instanceof PullRequestSCMHead pr) {
            PullRequestMetadata metadata = metadata(source, pr.getNumber());
            actions.add(new ObjectMetadataAction(metadata.title(), null, links.pullRequest(pr.getNumber())));
            if (metadata.author() != null) {
                actions.add(new ContributorMetadataAction(
                        metadata.author(), metadata.authorName(), metadata.authorEmail()));
            }
        } else if (head instanceof GogsTagSCMHead) {
            actions.add(new ObjectMetadataAction(null, null, links.tag(head.getName())));
        } else {
            actions.add(new ObjectMetadataAction(null, null, links.branch(head.getName())));
            if (head.getName().equals(source.defaultBranch())) {
                actions.add(new PrimaryInstanceMetadataAction());
            }
        }
        return actions;
    }

    private record PullRequestMetadata(String title, String author, String authorName, String authorEmail) {}

    private static PullRequestMetadata metadata(GogsSCMSource source, long number) throws IOException {
        Optional<DiscoveredPullRequest> seen = source.seenPullRequest(number);
        if (seen.isPresent()) {
            DiscoveredPullRequest pull = seen.get();
            return new PullRequestMetadata(pull.title(), blankToNull(pull.author()), null, null);
        }
        RepoApi api = source.connection().api();
        Issue issue = GogsSCMFile.call(() -> api.issues().get(number));
        User user = issue.user();
        return new PullRequestMetadata(
                issue.title(),
                user == null ? null : user.username(),
                user == null ? null : blankToNull(user.fullName()),
                user == null ? null : blankToNull(user.email()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
