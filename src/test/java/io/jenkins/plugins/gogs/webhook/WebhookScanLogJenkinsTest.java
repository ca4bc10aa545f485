package io.jenkins.plugins.gogs.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.listeners.ItemListener;
import io.jenkins.plugins.gogs.events.HookStatuses;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.GogsWebhookRegistrationTrait;
import io.jenkins.plugins.gogs.scm.WebhookRegistration;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Branch indexing tells, in its own log, what keeps the repository's webhook from working. The test Jenkins' URL is
 * on localhost, which Gogs refuses to deliver to unless allow-listed (the test Gogs is), so indexing warns.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class WebhookScanLogJenkinsTest {

    @Test
    void indexingALocalhostJenkinsWarnsAndNamesTheRegisteredHook(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("scanned").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'scanned'\n");
        JenkinsWithGogs.configure(j, gogs, alice, true);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);

        JenkinsWithGogs.scan(j, project);
        String firstLog = indexingLog(project);
        assertThat(firstLog)
                .contains("Webhook of " + alice.name() + "/scanned: ")
                .contains("Webhook warning: The Jenkins URL points at localhost")
                .contains("LOCAL_NETWORK_ALLOWLIST")
                .doesNotContain(JenkinsWithGogs.SECRET, alice.token());

        ItemListener.fireOnUpdated(project); // saving registers the hook
        String endpoint = j.getURL() + "gogs-hook/post";
        JenkinsWithGogs.await(() -> hookIds(gogs, alice, repo, endpoint).size() == 1, "the hook at " + endpoint);
        JenkinsWithGogs.await(
                () -> HookRegistrations.statuses()
                                .lookup(HookRegistrations.settingsOf(source(project))
                                        .orElseThrow()
                                        .repository())
                                .orElse(null)
                        instanceof HookStatuses.Registered,
                "the outcome");
        JenkinsWithGogs.scan(j, project);

        assertThat(indexingLog(project))
                .contains("Webhook of " + alice.name() + "/scanned: registered in Gogs: hook "
                        + hookIds(gogs, alice, repo, endpoint).get(0) + " at " + endpoint + ".")
                .contains("Webhook warning: The Jenkins URL points at localhost");
    }

    @Test
    void indexingAProjectWithRegistrationDisabledSaysHowToTurnItOn(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("unhooked").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);
        GogsSCMSource source = source(project);
        List<SCMSourceTrait> traits = new ArrayList<>(source.getTraits());
        traits.add(new GogsWebhookRegistrationTrait(WebhookRegistration.DISABLE));
        source.setTraits(traits);

        JenkinsWithGogs.scan(j, project);

        assertThat(indexingLog(project))
                .contains("Webhook of " + alice.name() + "/unhooked: not managed by Jenkins")
                .contains("mode DISABLE", "'Webhook registration' trait");
    }

    private static GogsSCMSource source(WorkflowMultiBranchProject project) {
        return (GogsSCMSource) project.getSCMSources().get(0);
    }

    private static String indexingLog(WorkflowMultiBranchProject project) throws Exception {
        return Files.readString(project.getComputation().getLogFile().toPath());
    }

    private static List<Long> hookIds(GogsServer gogs, GogsUser user, GogsRepository repo, String url) {
        List<Long> ids = new ArrayList<>();
        gogs.http().get(repo.apiPath() + "/hooks", user.token()).forEach(hook -> {
            if (url.equals(hook.path("config").path("url").asText())) {
                ids.add(hook.path("id").asLong());
            }
        });
        return ids;
    }
}
