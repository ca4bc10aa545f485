package io.jenkins.plugins.gogs.notify;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import jenkins.branch.BranchSource;
import jenkins.model.JenkinsLocationConfiguration;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.jvnet.hudson.test.JenkinsRule;

/** A test Jenkins pointed at the test Gogs, and what the tests read back from Gogs. */
final class JenkinsFeedback {

    static final String SECRET = "hook-secret-ü";
    static final String SECRET_ID = "gogs-hook-secret";
    static final Duration WAIT = Duration.ofSeconds(60);

    private JenkinsFeedback() {}

    /** The test Gogs as the only server, with {@code user}'s token as its credentials and a webhook secret. */
    static void configure(JenkinsRule j, GogsServer gogs, GogsUser user, boolean manageHooks) throws IOException {
        addToken(user);
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, SECRET_ID, "Gogs webhook secret", Secret.fromString(SECRET)));
        credentials.save();
        io.jenkins.plugins.gogs.config.GogsServer server = new io.jenkins.plugins.gogs.config.GogsServer(gogs.url());
        server.setCredentialsId(tokenId(user));
        server.setWebhookSecretCredentialsId(SECRET_ID);
        server.setManageHooks(manageHooks);
        GogsConfiguration.get().setServers(List.of(server));
        JenkinsLocationConfiguration.get().setUrl(j.getURL().toString());
    }

    /** Stores the user's token as a secret text credential named {@link #tokenId}. */
    static void addToken(GogsUser user) throws IOException {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, tokenId(user), "token of " + user, Secret.fromString(user.token())));
        credentials.save();
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

    /** Scans the project and waits until its builds are done. */
    static void scan(JenkinsRule j, WorkflowMultiBranchProject project) throws Exception {
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();
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

    /** Waits for the condition; fails with {@code what} after {@link #WAIT}. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT + " for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static GogsClient client(GogsServer gogs, GogsUser user) {
        return GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(user.token()))
                .build();
    }
}
