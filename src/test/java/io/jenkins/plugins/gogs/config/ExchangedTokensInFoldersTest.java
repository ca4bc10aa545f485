package io.jenkins.plugins.gogs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Two folders, each with a username/password credential of the same id for a different Gogs user, as two teams
 * would set them up. Used in turn, each mints one token, once; nothing saves the global configuration and the shared
 * clients are not rebuilt. Against the real Gogs; runs only in the real build.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class ExchangedTokensInFoldersTest {

    private static final String SHARED_ID = "gogs-login";

    @Test
    void credentialsSharingAnIdInTwoFoldersMintOneTokenEachAndSaveNoGlobalConfiguration(
            JenkinsRule j, io.jenkins.plugins.gogs.fixture.GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsUser bob = gogs.createUser("bob");
        GogsServer server = new GogsServer(gogs.url());
        GogsConfiguration.get().setServers(List.of(server));
        WorkflowMultiBranchProject teamA = projectInFolder(j, "team-a", alice);
        WorkflowMultiBranchProject teamB = projectInFolder(j, "team-b", bob);
        Path globalConfig =
                j.jenkins.getRootDir().toPath().resolve("io.jenkins.plugins.gogs.config.GogsConfiguration.xml");
        byte[] configBefore = Files.readAllBytes(globalConfig);
        FileTime savedBefore = Files.getLastModifiedTime(globalConfig);

        GogsClient firstOfA = null;
        GogsClient firstOfB = null;
        for (int round = 0; round < 3; round++) {
            GogsClient a =
                    GogsClients.forServer(server, GogsCredentialLookup.inItem(SHARED_ID, teamA, server.getServerUrl()));
            GogsClient b =
                    GogsClients.forServer(server, GogsCredentialLookup.inItem(SHARED_ID, teamB, server.getServerUrl()));

            assertThat(a.users().authenticated().username()).isEqualTo(alice.name());
            assertThat(b.users().authenticated().username()).isEqualTo(bob.name());
            firstOfA = firstOfA == null ? a : firstOfA;
            firstOfB = firstOfB == null ? b : firstOfB;
            assertThat(a).as("team A's client is not rebuilt").isSameAs(firstOfA);
            assertThat(b).as("team B's client is not rebuilt").isSameAs(firstOfB);
        }

        assertThat(jenkinsTokens(gogs, alice)).containsExactly("jenkins-localhost");
        assertThat(jenkinsTokens(gogs, bob)).containsExactly("jenkins-localhost");
        assertThat(Files.readAllBytes(globalConfig))
                .as("the global configuration is not saved")
                .isEqualTo(configBefore);
        assertThat(Files.getLastModifiedTime(globalConfig)).isEqualTo(savedBefore);
        String tokenFile = Files.readString(
                j.jenkins.getRootDir().toPath().resolve("io.jenkins.plugins.gogs.config.ExchangedTokens.xml"));
        assertThat(tokenFile)
                .contains(alice.name())
                .contains(bob.name())
                .doesNotContain(alice.password())
                .doesNotContain(bob.password());
    }

    /** A folder with its own credential {@value #SHARED_ID} for the user, and a multibranch project in it. */
    private static WorkflowMultiBranchProject projectInFolder(JenkinsRule j, String name, GogsUser user)
            throws Exception {
        Folder folder = j.createProject(Folder.class, name);
        Credentials login = new UsernamePasswordCredentialsImpl(
                CredentialsScope.GLOBAL, SHARED_ID, "", user.name(), user.password());
        for (CredentialsStore store : CredentialsProvider.lookupStores(folder)) {
            if (store.getContext() == folder) {
                store.addCredentials(Domain.global(), login);
                return folder.createProject(WorkflowMultiBranchProject.class, "app");
            }
        }
        throw new AssertionError("the folder " + name + " has no credentials store");
    }

    private static List<String> jenkinsTokens(io.jenkins.plugins.gogs.fixture.GogsServer gogs, GogsUser user) {
        try (GogsClient withPassword = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.password(user.name(), user.password()))
                .build()) {
            return withPassword.tokens().list().stream()
                    .map(AccessToken::name)
                    .filter(n -> n.startsWith("jenkins"))
                    .toList();
        }
    }
}
