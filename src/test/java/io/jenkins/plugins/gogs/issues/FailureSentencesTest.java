package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.InvalidRequestException;
import io.jenkins.plugins.gogs.client.ServerErrorException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.UnexpectedResponseException;
import io.jenkins.plugins.gogs.client.UnreachableException;
import io.jenkins.plugins.gogs.client.UnsettledListingException;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.Milestone;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sentences a pipeline author reads for failures a real Gogs cannot be made to produce on demand (a 500 that is
 * not a missing issue, an unreachable server, a proxy answering instead of Gogs, a listing that kept changing) and for
 * the plural and empty forms of the catalogues' errors. None of these needs a request: the failures are given, not
 * provoked.
 */
class FailureSentencesTest {

    private static final RepositoryName HELLO = new RepositoryName("alice", "hello");
    private static GogsClient client;

    @BeforeAll
    static void client() {
        client = GogsClient.builder("https://gogs.example.com").build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static String sentence(String credentialsId, GogsException e) {
        return new Failures(client, HELLO, credentialsId)
                .translate(e, Messages.Action_ListIssues(), null)
                .getMessage();
    }

    @Test
    void signInAndRefusedCredentials() {
        GogsException e = new UnauthenticatedException("GET", "/api/v1/repos/alice/hello/issues", 401, null);

        assertThat(sentence(null, e))
                .isEqualTo("could not list the issues in alice/hello without credentials: Gogs at"
                        + " https://gogs.example.com asks to sign in (the repository is private or missing, or the"
                        + " server requires sign-in); pass credentialsId or set credentials on the Gogs server in"
                        + " Jenkins");
        assertThat(sentence("bot", e))
                .isEqualTo("Gogs at https://gogs.example.com did not accept credentials 'bot' (HTTP 401): the token"
                        + " is wrong, expired or revoked");
    }

    @Test
    void forbiddenNamesWhoWasRefused() {
        GogsException e = new ForbiddenException("POST", "/api/v1/repos/alice/hello/issues", 403, null);

        assertThat(sentence(null, e))
                .isEqualTo("could not list the issues in alice/hello: anonymous access (no credentials) may not do"
                        + " that (HTTP 403); it needs write access to the repository");
    }

    @Test
    void refusedRequestsSayWhatGogsSaidOrTheStatus() {
        assertThat(sentence("bot", new InvalidRequestException("POST", "/x", 422, "title: Required")))
                .isEqualTo("Gogs refused to list the issues in alice/hello: title: Required");
        assertThat(sentence("bot", new InvalidRequestException("POST", "/x", 422, null)))
                .isEqualTo("Gogs refused to list the issues in alice/hello: HTTP 422");
    }

    @Test
    void serverErrorsUnreachableServersAndStrangers() {
        assertThat(sentence("bot", new ServerErrorException("GET", "/x", 500, "database is locked")))
                .isEqualTo("Gogs at https://gogs.example.com failed to list the issues in alice/hello (HTTP 500):"
                        + " database is locked");
        assertThat(sentence("bot", new ServerErrorException("GET", "/x", 502, null)))
                .isEqualTo("Gogs at https://gogs.example.com failed to list the issues in alice/hello (HTTP 502)");
        assertThat(sentence(
                        "bot",
                        new UnreachableException("GET", "/x", "Connection refused", new ConnectException("refused"))))
                .isEqualTo("could not reach Gogs at https://gogs.example.com to list the issues: Connection refused");
        assertThat(sentence("bot", new UnexpectedResponseException("GET", "/x", 200, "not JSON")))
                .isEqualTo("the server at https://gogs.example.com did not answer like Gogs when asked to list the"
                        + " issues in alice/hello: not JSON");
    }

    @Test
    void aListingGogsKeptChangingSaysSoAndToTryAgain() {
        GogsException e =
                new UnsettledListingException("/api/v1/repos/alice/hello/issues", "it kept changing for 60 s");

        assertThat(sentence("gogs-token", e))
                .startsWith("could not list the issues in alice/hello: Gogs at https://gogs.example.com")
                .contains("kept creating, closing or reopening issues")
                .endsWith("try again")
                .doesNotContain("did not answer like Gogs");
    }

    @Test
    void unknownLabelsAndMilestonesListWhatExists() {
        LabelCatalog none = new LabelCatalog(HELLO, List.of());
        LabelCatalog two = new LabelCatalog(HELLO, List.of(new Label(1, "bug", "#ee0701"), new Label(2, "ui", "#fff")));

        assertThat(none.unknownError(List.of("bug"), null).getMessage())
                .isEqualTo("no label named 'bug' in alice/hello (it has no labels)");
        assertThat(two.unknownError(List.of("triage", "wontfix"), "pass createLabels: true to create missing labels")
                        .getMessage())
                .isEqualTo("no labels named 'triage', 'wontfix' in alice/hello (labels: bug, ui); pass createLabels:"
                        + " true to create missing labels");
        assertThat(new MilestoneCatalog(HELLO, List.<Milestone>of())
                        .unknownError("v2")
                        .getMessage())
                .isEqualTo("no milestone titled 'v2' in alice/hello (it has no milestones)");
    }
}
