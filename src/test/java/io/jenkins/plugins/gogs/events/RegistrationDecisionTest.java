package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.events.RegistrationDecision.Refuse;
import io.jenkins.plugins.gogs.events.RegistrationDecision.Register;
import io.jenkins.plugins.gogs.events.RegistrationDecision.Skip;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationDecisionTest {

    private static final RepositoryKey REPO = new RepositoryKey("https://git.example.com", "acme", "app");
    private static final String JENKINS = "https://ci.example.com/jenkins/";

    @Test
    void registersTheJenkinsHookWithTheServersCredentialsInSystemMode() {
        Register register = (Register) RegistrationDecision.of(settings(HookRegistrationMode.SYSTEM, true, JENKINS));

        assertThat(register.credentialsId()).isEqualTo("server-token");
        assertThat(register.itemCredentials()).isFalse();
        assertThat(register.hook()).isEqualTo(DesiredHook.forJenkins("https://ci.example.com/jenkins/gogs-hook/post"));
        assertThat(register.hook().events()).isEqualTo(HookEvents.FOR_JENKINS);
        assertThat(register.hook().contentType()).isEqualTo("json");
        assertThat(register.warning()).isEmpty();
    }

    @Test
    void registersWithTheSourcesCredentialsInItemMode() {
        Register register = (Register) RegistrationDecision.of(settings(HookRegistrationMode.ITEM, true, JENKINS));

        assertThat(register.credentialsId()).isEqualTo("item-token");
        assertThat(register.itemCredentials()).isTrue();
    }

    @Test
    void aMissingModeMeansSystem() {
        RegistrationSettings settings =
                new RegistrationSettings(REPO, null, true, true, "server-token", "item-token", JENKINS);

        assertThat(((Register) RegistrationDecision.of(settings)).credentialsId())
                .isEqualTo("server-token");
    }

    @Test
    void skipsWhenDisabledOrWhenTheServerDoesNotManageHooks() {
        assertThat(RegistrationDecision.of(settings(HookRegistrationMode.DISABLE, true, JENKINS)))
                .isInstanceOf(Skip.class);
        for (HookRegistrationMode mode : List.of(HookRegistrationMode.SYSTEM, HookRegistrationMode.ITEM)) {
            assertThat(RegistrationDecision.of(settings(mode, false, JENKINS)))
                    .isInstanceOfSatisfying(
                            Skip.class, skip -> assertThat(skip.reason()).contains("not to manage hooks"));
        }
    }

    @Test
    void refusesWithoutAServerWithoutCredentialsOrWithoutAJenkinsUrl() {
        RegistrationSettings noServer =
                new RegistrationSettings(REPO, HookRegistrationMode.SYSTEM, false, false, null, null, JENKINS);
        assertThat(problem(noServer)).contains("No Gogs server with URL https://git.example.com");

        RegistrationSettings noServerToken =
                new RegistrationSettings(REPO, HookRegistrationMode.SYSTEM, true, true, null, "item-token", JENKINS);
        assertThat(problem(noServerToken)).contains("has no credentials").contains("admin rights on acme/app");

        RegistrationSettings noItemToken =
                new RegistrationSettings(REPO, HookRegistrationMode.ITEM, true, true, "server-token", " ", JENKINS);
        assertThat(problem(noItemToken)).contains("its own credentials");

        assertThat(problem(settings(HookRegistrationMode.SYSTEM, true, null)))
                .contains("Jenkins URL is not configured")
                .contains("was not registered");
        assertThat(problem(settings(HookRegistrationMode.SYSTEM, true, "ci.example.com")))
                .contains("not an http(s) URL");
    }

    @Test
    void registersButWarnsWhenGogsProbablyCannotReachJenkins() {
        Register local = (Register)
                RegistrationDecision.of(settings(HookRegistrationMode.SYSTEM, true, "http://localhost:8080/"));
        assertThat(local.hook().url()).isEqualTo("http://localhost:8080/gogs-hook/post");
        assertThat(local.warning()).hasValueSatisfying(w -> assertThat(w).contains("LOCAL_NETWORK_ALLOWLIST"));

        Register privateNet = (Register)
                RegistrationDecision.of(settings(HookRegistrationMode.SYSTEM, true, "http://192.168.1.20:8080/"));
        assertThat(privateNet.warning()).hasValueSatisfying(w -> assertThat(w).contains("local-network"));
    }

    @Test
    void aRepositoryLosesItsHookOnlyWhenNoOtherItemUsesIt() {
        RepositoryKey other = new RepositoryKey("https://git.example.com", "acme", "lib");
        RepositoryKey sameOtherCase = new RepositoryKey("https://GIT.example.com/", "Acme", "App");

        assertThat(RepositoryUsage.unused(List.of(REPO, other), List.of(sameOtherCase)))
                .containsExactly(other);
        assertThat(RepositoryUsage.unused(List.of(REPO), List.of())).containsExactly(REPO);
        assertThat(RepositoryUsage.unused(List.of(), List.of(REPO))).isEmpty();
    }

    private static String problem(RegistrationSettings settings) {
        RegistrationDecision decision = RegistrationDecision.of(settings);
        assertThat(decision).isInstanceOf(Refuse.class);
        return ((Refuse) decision).problem();
    }

    private static RegistrationSettings settings(HookRegistrationMode mode, boolean manageHooks, String jenkinsUrl) {
        return new RegistrationSettings(REPO, mode, true, manageHooks, "server-token", "item-token", jenkinsUrl);
    }
}
