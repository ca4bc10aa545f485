package io.jenkins.plugins.gogs.notify;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.io.IOException;
import java.util.List;
import jenkins.branch.BranchSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * A test Jenkins pointed at the test Gogs ({@link JenkinsWithGogs}) with a token credential per user, and what the
 * tests read back from Gogs.
 */
final class JenkinsFeedback {

    private JenkinsFeedback() {}

    /**
     * The test Gogs as the only server, with {@code user}'s token as its credentials and a webhook secret (see
     * {@link JenkinsWithGogs#configure(JenkinsRule, GogsServer, String, boolean)}).
     */
    static void configure(JenkinsRule j, GogsServer gogs, GogsUser user, boolean manageHooks) throws IOException {
        addToken(user);
        JenkinsWithGogs.configure(j, gogs, tokenId(user), manageHooks);
    }

    /** Stores the user's token as a secret text credential named {@link #tokenId}. */
    static void addToken(GogsUser user) throws IOException {
        JenkinsWithGogs.addToken(tokenId(user), user);
    }

    static String tokenId(GogsUser user) {
        return "token-" + user.name();
    }

    /** A multibranch project on the repository, scanning with {@code user}'s token, with these traits. */
    static WorkflowMultiBranchProject project(
            JenkinsRule j, GogsServer gogs, GogsRepository repo, GogsUser user, SCMSourceTrait... traits)
            throws IOException {
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, repo.name());
        GogsSCMSource source = new GogsSCMSource(gogs.url(), repo.owner(), repo.name());
        source.setCredentialsId(tokenId(user));
        source.setTraits(List.of(traits));
        project.getSourcesList().add(new BranchSource(source));
        return project;
    }

    /** The pull request's comments, read with {@code user}'s token. */
    static List<Comment> comments(GogsServer gogs, GogsUser user, GogsRepository repo, long number) {
        try (GogsClient client = client(gogs, user)) {
            return client.repo(repo.owner(), repo.name()).comments().list(number);
        }
    }

    /** The names of the pull request's labels. */
    static List<String> labels(GogsServer gogs, GogsUser user, GogsRepository repo, long number) {
        try (GogsClient client = client(gogs, user)) {
            return client.repo(repo.owner(), repo.name()).labels().ofIssue(number).stream()
                    .map(Label::name)
                    .toList();
        }
    }

    private static GogsClient client(GogsServer gogs, GogsUser user) {
        return GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(user.token()))
                .build();
    }
}
