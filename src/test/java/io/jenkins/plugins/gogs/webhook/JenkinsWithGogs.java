package io.jenkins.plugins.gogs.webhook;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.scm.GogsBranchDiscoveryTrait;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import jenkins.branch.BranchSource;
import jenkins.model.JenkinsLocationConfiguration;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Setting up a test Jenkins against the test Gogs, and talking to its webhook endpoint like Gogs does. Public for the
 * tests of other packages (the push trigger, build feedback, the restart of a multibranch project).
 */
public final class JenkinsWithGogs {

    public static final String SECRET = "hook-secret-ü";
    public static final String TOKEN_ID = "gogs-token";
    static final String SECRET_ID = "gogs-hook-secret";
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private JenkinsWithGogs() {}

    /**
     * The test Gogs as the only configured server: {@code user}'s token as {@link #TOKEN_ID}, the webhook secret, hooks
     * managed or not.
     */
    public static void configure(JenkinsRule j, GogsServer gogs, GogsUser user, boolean manageHooks)
            throws IOException {
        addToken(TOKEN_ID, user);
        configure(j, gogs, TOKEN_ID, manageHooks);
    }

    /**
     * The test Gogs as the only configured server: the token credential {@code tokenId} (see {@link #addToken}), the
     * webhook secret {@link #SECRET}, hooks managed or not.
     */
    public static void configure(JenkinsRule j, GogsServer gogs, String tokenId, boolean manageHooks)
            throws IOException {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, SECRET_ID, "Gogs webhook secret", Secret.fromString(SECRET)));
        credentials.save();
        io.jenkins.plugins.gogs.config.GogsServer server = new io.jenkins.plugins.gogs.config.GogsServer(gogs.url());
        server.setCredentialsId(tokenId);
        server.setWebhookSecretCredentialsId(SECRET_ID);
        server.setManageHooks(manageHooks);
        GogsConfiguration.get().setServers(List.of(server));
        JenkinsLocationConfiguration.get().setUrl(j.getURL().toString());
    }

    /** Stores {@code user}'s token as a secret text credential with this id. */
    public static void addToken(String id, GogsUser user) throws IOException {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, id, "token of " + user.name(), Secret.fromString(user.token())));
        credentials.save();
    }

    /** A multibranch project building the branches of {@code repo}, not scanned yet. */
    static WorkflowMultiBranchProject project(JenkinsRule j, GogsServer gogs, GogsRepository repo) throws IOException {
        return project(j, gogs, repo, repo.name());
    }

    /** A multibranch project named {@code name} building the branches of {@code repo}, not scanned yet. */
    static WorkflowMultiBranchProject project(JenkinsRule j, GogsServer gogs, GogsRepository repo, String name)
            throws IOException {
        WorkflowMultiBranchProject project = j.jenkins.createProject(WorkflowMultiBranchProject.class, name);
        GogsSCMSource source = new GogsSCMSource(gogs.url(), repo.owner(), repo.name());
        source.setCredentialsId(TOKEN_ID);
        source.setTraits(List.of(new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES)));
        project.getSourcesList().add(new BranchSource(source));
        return project;
    }

    /** Scans the project and waits until its builds are done. */
    public static void scan(JenkinsRule j, WorkflowMultiBranchProject project) throws Exception {
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();
    }

    /** The number of the last build of the branch job, 0 without one. */
    public static int lastBuild(WorkflowMultiBranchProject project, String branch) {
        WorkflowJob job = project.getItem(branch);
        return job == null || job.getLastBuild() == null
                ? 0
                : job.getLastBuild().getNumber();
    }

    /** Posts a recorded Gogs delivery to the test Jenkins, with the signature given (none when null). */
    public static HttpResponse<String> replay(JenkinsRule j, WebhookDelivery delivery, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(j.getURL() + "gogs-hook/post"))
                .header("Content-Type", delivery.header("Content-Type"))
                .header("X-Gogs-Event", delivery.event())
                .header("X-Gogs-Delivery", delivery.header("X-Gogs-Delivery"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        if (signature != null) {
            request.header("X-Gogs-Signature", signature);
        }
        return send(request.build());
    }

    /** A request to a path of the test Jenkins without crumb, session or credentials, as anyone could send it. */
    static HttpResponse<String> anonymous(JenkinsRule j, String method, String path, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(j.getURL() + path))
                .method(
                        method,
                        "GET".equals(method)
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Waits for the condition; fails with {@code what} after {@link #WAIT}. */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT + " for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
