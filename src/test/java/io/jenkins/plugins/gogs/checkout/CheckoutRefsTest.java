package io.jenkins.plugins.gogs.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clone URL and refspecs a build uses, tried with real git against a real Gogs: each fetches exactly the head it
 * is for, a pull request's head commit from the base repository (also for a fork).
 */
@RealGogs
class CheckoutRefsTest {

    private static String serverUrl;
    private static GogsRepository upstream;
    private static GogsPullRequest forkPull;

    @BeforeAll
    static void seed(GogsServer gogs) {
        serverUrl = gogs.url();
        GogsUser alice = gogs.createUser("alice");
        GogsUser bob = gogs.createUser("bob");
        upstream = alice.createRepository("checked-out").publicRepo().withInitialCommit();
        upstream.pushBranch("feature/a/b");
        upstream.pushAnnotatedTag("v2.0", "two");
        GogsRepository fork = bob.fork(upstream);
        fork.pushBranch("from-fork");
        forkPull = upstream.openPullRequest("master", fork, "from-fork");
    }

    @Test
    void theCloneUrlIsTheOneGogsAdvertises() {
        assertThat(CloneUrls.http(serverUrl + "/", upstream.owner(), upstream.name()))
                .isEqualTo(upstream.cloneUrl());
    }

    @Test
    void aBranchRefspecFetchesThatBranchUnderTheRemote(@TempDir Path dir) throws Exception {
        String tip = upstream.lsRemote("refs/heads/feature/a/b").get("refs/heads/feature/a/b");

        fetch(dir, RefSpecs.branch("feature/a/b"));

        assertThat(revParse(dir, "refs/remotes/origin/feature/a/b")).isEqualTo(tip);
        assertThat(refs(dir)).containsExactly("refs/remotes/origin/feature/a/b");
    }

    @Test
    void aTagRefspecFetchesTheTag(@TempDir Path dir) throws Exception {
        String tagObject = upstream.lsRemote("refs/tags/v2.0").get("refs/tags/v2.0");

        fetch(dir, RefSpecs.tag("v2.0"));

        assertThat(revParse(dir, "refs/tags/v2.0")).isEqualTo(tagObject);
    }

    @Test
    void aPullRequestRefspecFetchesAForksHeadFromTheBaseRepository(@TempDir Path dir) throws Exception {
        String head = upstream.lsRemote(forkPull.headRef()).get(forkPull.headRef());
        String name = "PR-" + forkPull.number();

        fetch(
                dir,
                RefSpecs.pullRequest(forkPull.number(), name),
                RefSpecs.mergeTarget("master", RefSpecs.mergeTargetLocalName(name, "master")));

        assertThat(revParse(dir, "refs/remotes/origin/" + name)).isEqualTo(head);
        assertThat(revParse(dir, "refs/remotes/origin/master"))
                .isEqualTo(upstream.lsRemote("refs/heads/master").get("refs/heads/master"));
    }

    @Test
    void theMergeTargetDoesNotOverwriteAPullRequestFetchedUnderTheSameName() {
        assertThat(RefSpecs.mergeTargetLocalName("PR-1", "PR-1")).isEqualTo("upstream-PR-1");
        assertThat(RefSpecs.mergeTargetLocalName("PR-1", "main")).isEqualTo("main");
    }

    @Test
    void namesGogsWouldRefuseAreRefusedBeforeAnyUrlIsBuilt() {
        assertThatThrownBy(() -> CloneUrls.http(serverUrl, "alice", "../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repository");
        assertThatThrownBy(() -> CloneUrls.http(serverUrl, "", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner");
    }

    private static void fetch(Path dir, String... refSpecs) throws Exception {
        git(dir, "init", "-q");
        List<String> args = new ArrayList<>(List.of("fetch", "-q", "--no-tags", upstream.cloneUrl()));
        for (String refSpec : refSpecs) {
            args.add(refSpec.replace(RefSpecs.REMOTE, "origin"));
        }
        git(dir, args.toArray(String[]::new));
    }

    private static String revParse(Path dir, String ref) throws Exception {
        return git(dir, "rev-parse", ref).strip();
    }

    private static List<String> refs(Path dir) throws Exception {
        return git(dir, "for-each-ref", "--format=%(refname)").lines().toList();
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(
                    "git " + String.join(" ", args) + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
