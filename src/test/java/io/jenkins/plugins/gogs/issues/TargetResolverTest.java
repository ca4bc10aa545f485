package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.issues.TargetResolver.Target;
import io.jenkins.plugins.gogs.servers.ServerDirectory;
import io.jenkins.plugins.gogs.servers.ServerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which server, repository and credentials a step uses when the pipeline leaves them out: the inference from a
 * multibranch job's Gogs branch source, tested here because it is Jenkins-free (the step only hands over the source).
 */
class TargetResolverTest {

    record Server(String getServerUrl, String getAliasUrl, String getName, String credentialsId)
            implements ServerEntry {}

    record Source(String getServerUrl, String getRepoOwner, String getRepository, String getCredentialsId)
            implements GogsRepositorySource {}

    private static final Server MAIN =
            new Server("https://gogs.example.com", "http://gogs.internal:3000", "main", "main-token");
    private static final Server OTHER = new Server("https://other.example.com", null, "other", null);
    private static final Source BRANCH_SOURCE =
            new Source("http://gogs.internal:3000/", "alice", "hello", "scan-token");

    private static TargetResolver<Server> resolver(Server... servers) {
        ServerDirectory<Server> directory = new ServerDirectory<>(List.of(servers));
        return new TargetResolver<>(directory::resolve, directory::findByUrl, Server::credentialsId);
    }

    @Test
    void takesEverythingFromTheBranchSourceWhenNothingIsGiven() {
        Target<Server> target = resolver(MAIN, OTHER).resolve(null, " ", null, BRANCH_SOURCE);

        assertThat(target).isEqualTo(new Target<>(MAIN, new RepositoryName("alice", "hello"), "scan-token"));
    }

    @Test
    void theServersCredentialsWhenTheBranchSourceHasNone() {
        Source anonymousScan = new Source("https://gogs.example.com", "alice", "hello", null);

        assertThat(resolver(MAIN).resolve(null, null, null, anonymousScan).credentialsId())
                .isEqualTo("main-token");
    }

    @Test
    void whatThePipelineGivesWins() {
        Target<Server> target = resolver(MAIN, OTHER).resolve("main", "bob/tools", "mine", BRANCH_SOURCE);

        assertThat(target).isEqualTo(new Target<>(MAIN, new RepositoryName("bob", "tools"), "mine"));
        assertThat(resolver(MAIN).resolve(null, "bob/tools", null, BRANCH_SOURCE))
                .isEqualTo(new Target<>(MAIN, new RepositoryName("bob", "tools"), "scan-token"));
    }

    @Test
    void anotherServerUsesItsOwnCredentialsAndNeedsARepository() {
        assertThat(resolver(MAIN, OTHER).resolve("https://other.example.com/", "carol/x", null, BRANCH_SOURCE))
                .isEqualTo(new Target<>(OTHER, new RepositoryName("carol", "x"), null));
        assertThatThrownBy(() -> resolver(MAIN, OTHER).resolve("other", null, null, BRANCH_SOURCE))
                .hasMessage("repository is required: the job's Gogs branch source is on another server"
                        + " (http://gogs.internal:3000/); pass repository: 'owner/name'");
    }

    @Test
    void withoutABranchSourceTheOnlyServerAndANamedRepository() {
        assertThat(resolver(MAIN).resolve(null, "alice/hello", null, null))
                .isEqualTo(new Target<>(MAIN, new RepositoryName("alice", "hello"), "main-token"));
        assertThatThrownBy(() -> resolver(MAIN).resolve(null, null, null, null))
                .hasMessage("repository is required: pass repository: 'owner/name' (this job has no Gogs branch source"
                        + " to take it from)");
        assertThatThrownBy(() -> resolver(MAIN, OTHER).resolve(null, "alice/hello", null, null))
                .hasMessage("Several Gogs servers are configured ('main', 'other'); say which one with"
                        + " server: '<name or URL>'");
    }

    @Test
    void aBranchSourceOnAnUnconfiguredServerIsNamed() {
        assertThatThrownBy(() -> resolver(OTHER).resolve(null, null, null, BRANCH_SOURCE))
                .hasMessage("the job's Gogs branch source uses http://gogs.internal:3000/, which is not a Gogs server"
                        + " configured in Jenkins; add it in Manage Jenkins » System » Gogs servers, or pass server:");
    }
}
