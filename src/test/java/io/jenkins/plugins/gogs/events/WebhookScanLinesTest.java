package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a scan's log says about the repository's webhook, for each configuration and last registration outcome. */
class WebhookScanLinesTest {

    private static final RepositoryKey REPO = new RepositoryKey("https://git.example.com", "acme", "app");
    private static final String JENKINS = "https://ci.example.com/jenkins/";
    private static final String ENDPOINT = JENKINS + "gogs-hook/post";

    @Test
    void aRegisteredHookIsNamedWithItsIdAndUrl() {
        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.SYSTEM, true, JENKINS),
                Optional.of(new HookStatuses.Registered("app", ENDPOINT, 7L)));

        assertThat(lines).containsExactly("Webhook of acme/app: registered in Gogs: hook 7 at " + ENDPOINT + ".");
    }

    @Test
    void aHookKnownOnlyFromThePluginsRecordsSaysSo() {
        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.SYSTEM, true, JENKINS),
                Optional.of(new HookStatuses.Registered("app", ENDPOINT, null)));

        assertThat(lines).singleElement().asString().contains("a hook at " + ENDPOINT, "plugin's records");
    }

    @Test
    void modeDisableSaysTheHookIsNotManagedAndHowToTurnItOn() {
        List<String> lines =
                WebhookScanLines.forScan(settings(HookRegistrationMode.DISABLE, true, JENKINS), Optional.empty());

        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("Webhook of acme/app: not managed by Jenkins")
                .contains("mode DISABLE", "set the 'Webhook registration' trait to SYSTEM or ITEM");
    }

    @Test
    void aServerThatDoesNotManageHooksSaysWhereToTurnItOn() {
        List<String> lines =
                WebhookScanLines.forScan(settings(HookRegistrationMode.SYSTEM, false, JENKINS), Optional.empty());

        assertThat(lines)
                .singleElement()
                .asString()
                .contains(
                        "not managed by Jenkins",
                        "https://git.example.com has 'Manage hooks' off",
                        "turn 'Manage hooks' on in Manage Jenkins » System » Gogs servers");
    }

    @Test
    void aHookLeftFromBeforeRegistrationWasTurnedOffIsMentioned() {
        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.DISABLE, true, JENKINS),
                Optional.of(new HookStatuses.Registered("app", ENDPOINT, 7L)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("Gogs still has hook 7 at " + ENDPOINT);
    }

    @Test
    void anEmptyJenkinsUrlGivesTheMonitorsSentenceAndWhatToDo() {
        RegistrationSettings settings = settings(HookRegistrationMode.SYSTEM, true, "");
        String monitor = ((RegistrationDecision.Refuse) RegistrationDecision.of(settings)).problem();

        List<String> lines = WebhookScanLines.forScan(settings, Optional.empty());

        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("Webhook of acme/app: not registered. " + monitor)
                .contains("The Jenkins URL is not configured", "save this project");
    }

    @Test
    void aLocalhostJenkinsUrlAddsTheReachabilityWarningWhateverTheOutcome() {
        RegistrationSettings settings = settings(HookRegistrationMode.SYSTEM, true, "http://localhost:8080/jenkins/");
        String warning = HookEndpoint.reachabilityWarning("http://localhost:8080/jenkins/")
                .orElseThrow();
        String endpoint = "http://localhost:8080/jenkins/gogs-hook/post";

        for (Optional<HookStatuses.Status> known : List.<Optional<HookStatuses.Status>>of(
                Optional.empty(),
                Optional.of(new HookStatuses.Pending("app", endpoint)),
                Optional.of(new HookStatuses.Registered("app", endpoint, 3L)),
                Optional.of(new HookStatuses.Failed("app", "Gogs at x could not be reached")))) {
            List<String> lines = WebhookScanLines.forScan(settings, known);

            assertThat(lines).as("after %s", known).hasSize(2);
            assertThat(lines.get(1)).isEqualTo("Webhook warning: " + warning).contains("localhost");
        }
    }

    @Test
    void aTokenWithoutAdminRightsGivesGogsRefusalAndWhatToDo() {
        String refusal = "Gogs refused to let the credentials 'token' manage the hooks of acme/app (HTTP 403): the"
                + " token's user needs admin rights on the repository";

        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.SYSTEM, true, JENKINS),
                Optional.of(new HookStatuses.Failed("app", refusal)));

        assertThat(lines)
                .containsExactly("Webhook of acme/app: not registered. " + refusal + ". After fixing it, save"
                        + " this project (or its organization folder) to register the hook.");
    }

    @Test
    void aRegistrationUnderWaySaysTheNextScanTells() {
        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.SYSTEM, true, JENKINS),
                Optional.of(new HookStatuses.Pending("folder/app", ENDPOINT)));

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("being registered at " + ENDPOINT, "after folder/app was saved", "next scan");
    }

    @Test
    void nothingKnownSinceTheStartIsSaidWithTheWayToRegister() {
        List<String> lines =
                WebhookScanLines.forScan(settings(HookRegistrationMode.SYSTEM, true, JENKINS), Optional.empty());

        assertThat(lines)
                .containsExactly("Webhook of acme/app: not checked since Jenkins started; to register it at " + ENDPOINT
                        + ", save this project (or its organization folder).");
    }

    @Test
    void aHookAtAnOldJenkinsUrlAsksForASave() {
        List<String> lines = WebhookScanLines.forScan(
                settings(HookRegistrationMode.SYSTEM, true, JENKINS),
                Optional.of(new HookStatuses.Registered("app", "https://old.example.com/gogs-hook/post", 4L)));

        assertThat(lines)
                .singleElement()
                .asString()
                .contains(
                        "hook 4 at https://old.example.com/gogs-hook/post",
                        "needs one at " + ENDPOINT,
                        "delete the old hook");
    }

    @Test
    void missingCredentialsAreRefusedWithTheMonitorsSentence() {
        RegistrationSettings settings =
                new RegistrationSettings(REPO, HookRegistrationMode.SYSTEM, true, true, null, "item-token", JENKINS);

        assertThat(WebhookScanLines.forScan(settings, Optional.empty()))
                .singleElement()
                .asString()
                .contains("manages hooks but has no credentials");
    }

    @Test
    void passwordsInUrlsNeverReachTheLog() {
        String jenkins = "https://admin:s3cr3t-pass@ci.example.com/";
        RegistrationSettings settings = settings(HookRegistrationMode.SYSTEM, true, jenkins);

        List<String> fresh = WebhookScanLines.forScan(settings, Optional.empty());
        List<String> failed = WebhookScanLines.forScan(
                settings,
                Optional.of(new HookStatuses.Failed(
                        "app", "Gogs at https://bot:tok3n@git.example.com could not be reached")));

        assertThat(String.join("\n", fresh) + String.join("\n", failed))
                .doesNotContain("s3cr3t-pass", "admin:", "tok3n")
                .contains("https://****@ci.example.com/gogs-hook/post", "https://****@git.example.com");
    }

    private static RegistrationSettings settings(HookRegistrationMode mode, boolean managesHooks, String jenkins) {
        return new RegistrationSettings(REPO, mode, true, managesHooks, "server-token", "item-token", jenkins);
    }
}
