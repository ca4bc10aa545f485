package io.jenkins.plugins.gogs.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The links Jenkins shows for branches, tags and pull requests open the right pages of a real Gogs. */
@RealGogs
class RepositoryLinksTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static GogsUser alice;
    private static GogsRepository repo;
    private static GogsPullRequest pull;
    private static String commit;
    private static RepositoryLinks links;

    @BeforeAll
    static void seed(GogsServer gogs) {
        alice = gogs.createUser("alice");
        repo = alice.createRepository("linked").publicRepo().withInitialCommit();
        repo.pushBranch("feature/ü+b#r");
        commit = repo.pushTag("v1/rc+1");
        repo.pushBranch("topic");
        pull = repo.openPullRequest("master", "topic");
        links = new RepositoryLinks(gogs.url() + "/" + repo.owner() + "/" + repo.name() + "/");
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aBranchWithSlashesUmlautsAndUrlCharactersOpensItsFiles() throws Exception {
        assertThat(status(links.branch("feature/ü+b#r"))).isEqualTo(200);
        assertThat(status(links.branch("feature/no-such-branch"))).isEqualTo(404);
    }

    @Test
    void aTagOpensItsFiles() throws Exception {
        assertThat(status(links.tag("v1/rc+1"))).isEqualTo(200);
    }

    @Test
    void aPullRequestAndACommitOpenTheirPages() throws Exception {
        assertThat(status(links.pullRequest(pull.number()))).isEqualTo(200);
        assertThat(status(links.commit(commit))).isEqualTo(200);
        assertThat(status(links.pullRequest(pull.number() + 100))).isEqualTo(404);
    }

    @Test
    void theRepositoryPageWithoutATrailingSlash() throws Exception {
        assertThat(links.repository()).doesNotEndWith("/");
        assertThat(status(links.repository())).isEqualTo(200);
        assertThat(status(RepositoryLinks.owner(
                        links.repository().substring(0, links.repository().indexOf("/" + repo.owner())), alice.name())))
                .isEqualTo(200);
    }
}
