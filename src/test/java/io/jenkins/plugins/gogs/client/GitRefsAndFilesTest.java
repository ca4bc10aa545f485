package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.Branch;
import io.jenkins.plugins.gogs.client.model.Commit;
import io.jenkins.plugins.gogs.client.model.ContentEntry;
import io.jenkins.plugins.gogs.client.model.Contents;
import io.jenkins.plugins.gogs.client.model.Tag;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class GitRefsAndFilesTest {

    private static final String SLASHED = "feature/ä.x";
    private static final String UNICODE = "fix/ünï-cödé";

    private static TestClients clients;
    private static GogsUser alice;
    private static GogsRepository repo;
    private static RepoApi api;
    private static String slashedHead;
    private static String unicodeHead;
    private static String fileCommit;
    private static String lightTagged;
    private static String annotatedTagged;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        repo = alice.createRepository("refs").withInitialCommit();
        slashedHead = repo.pushBranch(SLASHED);
        unicodeHead = repo.pushBranch(UNICODE);
        lightTagged = repo.pushTag("v1.0");
        annotatedTagged = repo.pushAnnotatedTag("release/2.0", "Release 2.0");
        repo.pushFile(SLASHED, "docs/dir/a.txt", "alpha\n");
        fileCommit = repo.pushFile(SLASHED, "docs/über.txt", "umlaut ü\n");
        api = clients.as(alice).repo(alice.name(), repo.name());
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void listsBranchesWithSlashesAndNonAsciiLettersAndTheirTips() {
        Map<String, String> tips = api.branches().stream()
                .collect(Collectors.toMap(Branch::name, b -> b.commit().id()));

        assertThat(tips)
                .containsEntry(UNICODE, unicodeHead)
                .containsEntry(SLASHED, fileCommit)
                .containsKey("master");
    }

    @Test
    void readsOneBranchWhoseNameHasSlashesAndNonAsciiLetters() {
        assertThat(api.branch(UNICODE)).get().extracting(b -> b.commit().id()).isEqualTo(unicodeHead);
        assertThat(api.branch(SLASHED)).get().extracting(Branch::name).isEqualTo(SLASHED);
        assertThat(api.branch("feature/none")).isEmpty();
    }

    @Test
    void listsTagsWithTheShaTheTagRefHoldsWhichForAnAnnotatedTagIsTheTagObject() {
        Map<String, String> tags = api.tags().stream()
                .collect(Collectors.toMap(Tag::name, t -> t.commit().id()));
        Map<String, String> refs = repo.lsRemote("refs/tags/*");

        assertThat(tags).containsEntry("v1.0", lightTagged);
        // Gogs 0.14 reports an annotated tag's own object id, not the commit it tags (git would peel it).
        assertThat(tags.get("release/2.0"))
                .isEqualTo(refs.get("refs/tags/release/2.0"))
                .isNotEqualTo(annotatedTagged);
        assertThat(refs.get("refs/tags/release/2.0^{}")).isEqualTo(annotatedTagged);
        assertThat(api.sha("refs/tags/release/2.0")).hasValue(tags.get("release/2.0"));
    }

    @Test
    void resolvesBranchAndTagNamesAndFullRefsToTheirSha() {
        assertThat(api.sha(UNICODE)).hasValue(unicodeHead);
        assertThat(api.sha("refs/heads/" + UNICODE)).hasValue(unicodeHead);
        assertThat(api.sha("master")).get().asString().matches("[0-9a-f]{40}");
        assertThat(api.sha("v1.0")).hasValue(lightTagged);
        assertThat(api.sha("refs/tags/v1.0")).hasValue(lightTagged);
        assertThat(api.sha("no-such-ref")).isEmpty();
        assertThat(api.sha("refs/heads/no/such")).isEmpty();
        assertThat(api.sha("refs/tags/no-such-tag")).isEmpty();
    }

    @Test
    void readsACommitWithItsTimesOffsetsAndParents() {
        Commit commit = api.commit(fileCommit).orElseThrow();

        assertThat(commit.sha()).isEqualTo(fileCommit);
        assertThat(commit.commit().message()).contains("docs/über.txt");
        assertThat(commit.commit().author().date()).isNotNull();
        assertThat(commit.parents()).isNotEmpty();
        assertThat(api.commit("no-such-branch")).isEmpty();
        // Gogs 0.14 fails with 500 for a well-formed SHA it does not have; the client does not hide that.
        assertThatThrownBy(() -> api.commit("0123456789012345678901234567890123456789"))
                .isInstanceOf(ServerErrorException.class);
    }

    @Test
    void readsRawFilesAtABranchWithSlashesAndTellsMissingFromErrors() {
        assertThat(api.rawFile(SLASHED, "docs/über.txt"))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("umlaut ü\n");
        assertThat(api.rawFile(fileCommit, "docs/dir/a.txt"))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("alpha\n");
        assertThat(api.rawFile("master", "docs/über.txt")).as("not on master").isEmpty();
        assertThat(api.rawFile("no-such-branch", "README.md")).as("unknown ref").isEmpty();
        assertThat(api.rawFile(SLASHED, "docs/dir")).as("a directory").isEmpty();
    }

    @Test
    void readsTheContentsOfAFileADirectoryAndTheRoot() {
        Contents file = api.contents(SLASHED, "docs/dir/a.txt").orElseThrow();
        assertThat(file).isInstanceOfSatisfying(Contents.Single.class, single -> {
            assertThat(single.entry().isFile()).isTrue();
            assertThat(single.entry().path()).isEqualTo("docs/dir/a.txt");
            assertThat(new String(single.entry().decodedContent(), StandardCharsets.UTF_8))
                    .isEqualTo("alpha\n");
        });

        Contents docs = api.contents(SLASHED, "docs").orElseThrow();
        assertThat(docs)
                .isInstanceOfSatisfying(
                        Contents.Directory.class,
                        dir -> assertThat(dir.entries())
                                .extracting(ContentEntry::name, ContentEntry::type)
                                .contains(
                                        org.assertj.core.groups.Tuple.tuple("dir", "dir"),
                                        org.assertj.core.groups.Tuple.tuple("über.txt", "file")));

        Contents root = api.contents(null, "").orElseThrow();
        assertThat(root)
                .isInstanceOfSatisfying(
                        Contents.Directory.class,
                        dir -> assertThat(dir.entries())
                                .extracting(ContentEntry::name)
                                .contains("README.md"));

        assertThat(api.contents(SLASHED, "docs/missing.txt")).isEmpty();
        assertThat(api.contents("no-such-branch", "docs")).isEmpty();
    }

    @Test
    void anEmptyRepositoryHasNoFilesButIsNoError() {
        GogsRepository empty = alice.createRepository("empty").empty();
        RepoApi emptyApi = clients.as(alice).repo(alice.name(), empty.name());

        assertThat(emptyApi.get().empty()).isTrue();
        assertThat(emptyApi.rawFile("master", "Jenkinsfile")).isEmpty();
        assertThat(emptyApi.contents(null, "Jenkinsfile")).isEmpty();
        assertThat(emptyApi.branches()).isEmpty();
        assertThat(emptyApi.tags()).isEmpty();
        assertThat(emptyApi.sha("master")).isEmpty();
        assertThat(emptyApi.sha("refs/heads/master")).isEmpty();
    }

    @Test
    void aFileInARepositoryTheUserCannotSeeIsAnErrorNotAMissingFile(GogsServer gogs) {
        GogsRepository hidden = alice.createRepository("hidden").privateRepo().withInitialCommit();
        RepoApi asOutsider = clients.as(gogs.createUser("eve")).repo(alice.name(), hidden.name());

        assertThatThrownBy(() -> asOutsider.rawFile("master", "README.md"))
                .isInstanceOf(NotFoundOrNoAccessException.class)
                .hasMessageContaining("/api/v1/repos/" + hidden.fullName());
        assertThatThrownBy(() -> asOutsider.contents("master", "README.md"))
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }
}
