package io.jenkins.plugins.gogs.push;

import static io.jenkins.plugins.gogs.push.RealPushDeliveries.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which jobs a real push builds: deliveries captured from a real Gogs 0.14.3 (a push of two commits, a new branch
 * with '/', a non-ASCII branch, a force push, a lightweight and an annotated tag, a deleted branch), verified by the
 * plugin's receiver, decide for jobs whose remotes name the repository in every form a user may write.
 */
@RealGogs
class RealPushMatchingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GogsServer gogs;
    private static GogsUser alice;
    private static GogsRepository repo;
    private static String masterBefore;
    private static List<String> masterCommits;
    private static String rewrittenTip;
    private static String taggedCommit;
    private static PushedRef masterPush;
    private static PushedRef slashPush;
    private static PushedRef unicodePush;
    private static PushedRef forcePush;
    private static PushedRef lightTag;
    private static PushedRef annotatedTag;
    private static WebhookDelivery branchCreate;
    private static WebhookDelivery branchDelete;

    @BeforeAll
    static void pushEverything(GogsServer server, WebhookReceiver hooks) {
        gogs = server;
        // Mixed case on purpose: Gogs compares owner and repository names without regard to case.
        alice = gogs.createUser("Alice");
        repo = alice.createRepository("Shop-App").withInitialCommit();
        masterBefore = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        repo.addHook(hooks.url(), RealPushDeliveries.SECRET, "push", "create", "delete");

        masterCommits = repo.pushCommits("master", "Add the cart", "Fix a typo [CI SKIP]");
        masterPush = push(hooks, "refs/heads/master", masterCommits.get(1));
        String slashHead = repo.pushBranch("feature/cart-v2");
        slashPush = push(hooks, "refs/heads/feature/cart-v2", slashHead);
        String unicodeHead = repo.pushBranch("fix/größe");
        unicodePush = push(hooks, "refs/heads/fix/größe", unicodeHead);
        rewrittenTip = repo.forcePush("master", "Rewrite the cart");
        forcePush = push(hooks, "refs/heads/master", rewrittenTip);
        taggedCommit = repo.pushTag("v1.0");
        lightTag = created(hooks, "v1.0");
        repo.pushAnnotatedTag("v2.0", "Second release");
        annotatedTag = created(hooks, "v2.0");
        branchCreate = hooks.await(
                d -> "create".equals(d.event()) && "feature/cart-v2".equals(field(d, "ref")),
                WAIT,
                "the create event of feature/cart-v2");
        repo.deleteBranch("feature/cart-v2");
        branchDelete = hooks.awaitEvent("delete", WAIT);
    }

    // ---- what a push is -------------------------------------------------------------------------------------

    @Test
    void aPushGivesTheOldPluginsTwoVariablesWithTheirValuesAndTheNewOnes() {
        Map<String, String> variables = PushVariables.of(masterPush);

        assertThat(variables)
                .containsEntry("GOGS_REF", "refs/heads/master")
                .containsEntry("GOGS_BEFORE", masterBefore)
                .containsEntry("GOGS_AFTER", masterCommits.get(1))
                .containsEntry("GOGS_BRANCH", "master")
                .containsEntry("GOGS_TAG", "")
                .containsEntry("GOGS_PUSHER", alice.name())
                .containsEntry("GOGS_REPOSITORY", repo.fullName())
                .containsEntry("GOGS_REPOSITORY_URL", gogs.url() + "/" + repo.fullName())
                .containsEntry("GOGS_CLONE_URL", repo.cloneUrl())
                .containsEntry(
                        "GOGS_COMPARE_URL",
                        gogs.url() + "/" + repo.fullName() + "/compare/" + masterBefore + "..." + masterCommits.get(1));
        assertThat(variables.get("GOGS_SSH_URL")).endsWith(":" + repo.fullName() + ".git");
        assertThat(masterPush.webUrl()).isEqualTo(variables.get("GOGS_COMPARE_URL"));
    }

    @Test
    void theHeadCommitIsTheNewestOfThePush() {
        assertThat(masterPush.headMessage()).isEqualTo("Fix a typo [CI SKIP]");
    }

    @Test
    void aNewBranchHasNoCompareUrlAndLinksItsCommit() {
        assertThat(slashPush.before()).isEqualTo("0".repeat(40));
        assertThat(slashPush.compareUrl()).isEmpty();
        assertThat(slashPush.webUrl()).isEqualTo(gogs.url() + "/" + repo.fullName() + "/commit/" + slashPush.after());
        assertThat(PushVariables.of(slashPush)).containsEntry("GOGS_BRANCH", "feature/cart-v2");
    }

    @Test
    void aForcePushIsAPushFromTheOldTipToTheNewOne() {
        assertThat(forcePush.before()).isEqualTo(masterCommits.get(1));
        assertThat(forcePush.after()).isEqualTo(rewrittenTip);
        assertThat(forcePush.headMessage()).isEqualTo("Rewrite the cart");
        assertThat(PushMatcher.forTrigger(forcePush, locations(), job("*/master"), defaults()))
                .isEqualTo(new PushDecision.Build(repo.cloneUrl(), true));
    }

    @Test
    void tagsArriveAsCreatedTagsWithTheirValue() {
        assertThat(lightTag.ref().fullName()).isEqualTo("refs/tags/v1.0");
        assertThat(lightTag.after()).isEqualTo(taggedCommit);
        assertThat(lightTag.before()).isNull();
        assertThat(annotatedTag.after()).matches("[0-9a-f]{40}").isNotEqualTo(taggedCommit);
        assertThat(PushVariables.of(lightTag))
                .containsEntry("GOGS_REF", "refs/tags/v1.0")
                .containsEntry("GOGS_TAG", "v1.0")
                .containsEntry("GOGS_BRANCH", "")
                .containsEntry("GOGS_BEFORE", "")
                .containsEntry("GOGS_AFTER", taggedCommit)
                .containsEntry("GOGS_PUSHER", alice.name());
        assertThat(lightTag.webUrl()).isEqualTo(gogs.url() + "/" + repo.fullName() + "/src/v1.0");
    }

    @Test
    void deletingABranchAndCreatingOneBuildNothingOfTheirOwn() {
        assertThat(RealPushDeliveries.pushOf(gogs, branchDelete)).isEmpty();
        assertThat(RealPushDeliveries.pushOf(gogs, branchCreate)).isEmpty(); // the push that follows it builds
    }

    // ---- which remotes name the repository ------------------------------------------------------------------

    @Test
    void everyFormOfTheRepositorysCloneUrlNamesIt() {
        URI base = URI.create(gogs.url());
        String host = base.getHost();
        String hostAndPort = host + ":" + base.getPort();
        String upper = repo.fullName().toUpperCase(Locale.ROOT);
        List<String> remotes = List.of(
                masterPush.delivered().cloneUrl(),
                gogs.url() + "/" + repo.fullName(),
                gogs.url() + "/" + repo.fullName() + "/",
                gogs.url() + "/" + repo.fullName() + ".git/",
                gogs.url() + "/" + upper + ".git",
                "http://jenkins:s3cret@" + hostAndPort + "/" + repo.fullName() + ".git",
                "HTTP://" + hostAndPort.toUpperCase(Locale.ROOT) + "/" + repo.fullName(),
                "https://" + host + "/" + repo.fullName() + ".git",
                masterPush.delivered().sshUrl(),
                "git@" + host + ":" + repo.fullName(),
                host + ":" + repo.fullName() + ".git",
                "ssh://git@" + host + ":2222/" + repo.fullName() + ".git",
                "ssh://" + host + "/" + upper,
                "git+ssh://git@" + host + "/" + repo.fullName() + ".git");

        for (String remote : remotes) {
            assertThat(locations().names(remote, masterPush.repository()))
                    .as(remote)
                    .isTrue();
        }
    }

    @Test
    void theAliasUrlAndTheExternalUrlOfTheDeliveryNameItToo() {
        // Jenkins knows the server as gogs.internal; Gogs' EXTERNAL_URL (in the payload) is the test address.
        ServerLocations viaAlias = ServerLocations.of("https://gogs.internal/git", gogs.url());
        ServerLocations viaPayload =
                ServerLocations.of("https://gogs.internal/git", null).withDelivered(masterPush.delivered());
        ServerLocations configuredOnly = ServerLocations.of("https://gogs.internal/git", null);
        RepositoryKey onInternal = new RepositoryKey("https://gogs.internal/git", alice.name(), repo.name());

        assertThat(viaAlias.repositoryOf(repo.cloneUrl())).contains(onInternal);
        assertThat(viaPayload.repositoryOf(repo.cloneUrl())).contains(onInternal);
        assertThat(configuredOnly.repositoryOf("https://GOGS.internal/git/" + repo.fullName() + ".git"))
                .contains(onInternal);
        assertThat(configuredOnly.repositoryOf("git@gogs.internal:" + repo.fullName()))
                .contains(onInternal);
        assertThat(configuredOnly.repositoryOf(repo.cloneUrl())).isEmpty();
        assertThat(configuredOnly.repositoryOf("https://gogs.internal/" + repo.fullName()))
                .as("another path before owner/name is another server")
                .isEmpty();
    }

    @Test
    void otherRepositoriesAndOtherServersAreNotNamed() {
        String host = URI.create(gogs.url()).getHost();
        List<String> remotes = List.of(
                gogs.url() + "/" + alice.name() + "/other.git",
                gogs.url() + "/someone-else/" + repo.name() + ".git",
                gogs.url() + "/" + repo.fullName() + ".wiki.git",
                gogs.url() + "/mirror/" + repo.fullName() + ".git",
                "https://github.com/" + repo.fullName() + ".git",
                "git@github.com:" + repo.fullName() + ".git",
                "ssh://git@" + host + "/prefix/" + repo.fullName() + ".git",
                "git://" + host + "/" + repo.fullName() + ".git",
                "file:///srv/git/" + repo.fullName() + ".git",
                "/srv/git/" + repo.fullName(),
                "C:\\repos\\" + repo.name(),
                "${REPO_URL}",
                "");

        for (String remote : remotes) {
            assertThat(locations().names(remote, masterPush.repository()))
                    .as(remote)
                    .isFalse();
        }
    }

    // ---- which jobs build -----------------------------------------------------------------------------------

    @Test
    void branchSpecifiersSelectBranchesAsTheGitPluginReadsThem() {
        assertBuilds(
                slashPush,
                "*/feature/*",
                "feature/**",
                "origin/feature/cart-v2",
                "refs/heads/feature/cart-v2",
                "feature/cart-v2",
                "**",
                "",
                ":feature/cart-v\\d",
                ":origin/feature/.*",
                "remotes/origin/feature/*");
        assertBuildsNot(
                slashPush,
                "*/master",
                "feature/*/x",
                "*/cart",
                "master",
                "refs/tags/*",
                ":master",
                "upstream/feature/cart-v2");
        assertBuilds(unicodePush, "*/fix/größe", "fix/*", "**");
        assertBuildsNot(unicodePush, "*/fix/grosse", "*/master");
        assertBuilds(masterPush, "*/master", "master", "refs/heads/master");
    }

    @Test
    void theSkipPhraseInTheHeadCommitSkipsWhateverItsCase() {
        assertThat(PushMatcher.forTrigger(masterPush, locations(), job("*/master"), defaults()))
                .isEqualTo(new PushDecision.Skip("the head commit's message contains [ci skip]"));
        assertThat(PushMatcher.forTrigger(
                        masterPush, locations(), job("*/master"), PushTriggerOptions.of("", false, "[IGNORE]")))
                .isEqualTo(new PushDecision.Build(repo.cloneUrl(), true));
        assertThat(PushMatcher.forTrigger(
                        masterPush, locations(), job("*/master"), PushTriggerOptions.of("", false, "")))
                .isInstanceOf(PushDecision.Build.class);
    }

    @Test
    void theBranchFilterNarrowsWhatTheSpecifiersSelect() {
        PushTriggerOptions features = PushTriggerOptions.of("feature/* release-*", false, "");
        PushTriggerOptions notFeatures = PushTriggerOptions.of("* !feature/*", false, "");

        assertThat(PushMatcher.forTrigger(slashPush, locations(), job("**"), features))
                .isInstanceOf(PushDecision.Build.class);
        assertThat(PushMatcher.forTrigger(unicodePush, locations(), job("**"), features))
                .isEqualTo(new PushDecision.Skip("the trigger's branch filter leaves out fix/größe"));
        assertThat(PushMatcher.forTrigger(slashPush, locations(), job("**"), notFeatures))
                .isInstanceOf(PushDecision.Skip.class);
        assertThat(PushMatcher.forTrigger(unicodePush, locations(), job("**"), notFeatures))
                .isInstanceOf(PushDecision.Build.class);
    }

    @Test
    void tagsBuildOnlyWithTagsOnAndASpecifierThatSelectsThem() {
        PushTriggerOptions tagsOn = PushTriggerOptions.of("", true, SkipPhrases.DEFAULT);

        assertThat(PushMatcher.forTrigger(lightTag, locations(), job("refs/tags/*"), defaults()))
                .isEqualTo(new PushDecision.Skip("tag v1.0 was pushed, and the trigger does not build tags"));
        assertThat(PushMatcher.forTrigger(lightTag, locations(), job("refs/tags/v*"), tagsOn))
                .isEqualTo(new PushDecision.Build(repo.cloneUrl(), true));
        assertThat(PushMatcher.forTrigger(annotatedTag, locations(), job("**"), tagsOn))
                .isInstanceOf(PushDecision.Build.class);
        assertThat(PushMatcher.forTrigger(lightTag, locations(), job("*/master"), tagsOn))
                .isInstanceOf(PushDecision.Skip.class);
        assertThat(PushMatcher.forTrigger(lightTag, locations(), job("refs/tags/v2*"), tagsOn))
                .isInstanceOf(PushDecision.Skip.class);
        assertThat(PushMatcher.forTrigger(lightTag, locations(), job(":refs/tags/v\\d\\.\\d"), tagsOn))
                .isInstanceOf(PushDecision.Build.class);
    }

    @Test
    void aSpecifierWithAVariableBuildsWithoutPinningTheRevision() {
        assertThat(PushMatcher.forTrigger(slashPush, locations(), job("*/${BRANCH}"), defaults()))
                .isEqualTo(new PushDecision.Build(repo.cloneUrl(), false));
        assertThat(PushMatcher.forTrigger(slashPush, locations(), job("*/${BRANCH}", "*/feature/*"), defaults()))
                .isEqualTo(new PushDecision.Build(repo.cloneUrl(), true));
    }

    @Test
    void theRemoteThatNamesTheRepositoryIsTheOneBuiltAndItsNameCounts() {
        String ssh = "git@" + URI.create(gogs.url()).getHost() + ":" + repo.fullName() + ".git";
        GitConfig twoRemotes = GitConfig.of(
                List.of(
                        new GitConfig.Remote("", "https://github.com/acme/elsewhere.git"),
                        new GitConfig.Remote("", ssh)),
                List.of("origin1/feature/*"),
                false);

        assertThat(twoRemotes.remotes()).extracting(GitConfig.Remote::name).containsExactly("origin", "origin1");
        assertThat(PushMatcher.forTrigger(slashPush, locations(), List.of(twoRemotes), defaults()))
                .isEqualTo(new PushDecision.Build(ssh, true));
    }

    @Test
    void jobsThatOptedOutOfNotificationsOrBuildElsewhereAreLeftAlone() {
        GitConfig optedOut =
                GitConfig.of(List.of(new GitConfig.Remote("origin", repo.cloneUrl())), List.of("**"), true);
        GitConfig elsewhere = GitConfig.of(
                List.of(new GitConfig.Remote("origin", gogs.url() + "/" + alice.name() + "/other.git")),
                List.of("**"),
                false);

        assertThat(PushMatcher.forTrigger(slashPush, locations(), List.of(optedOut), defaults()))
                .isInstanceOf(PushDecision.Skip.class);
        assertThat(PushMatcher.forTrigger(slashPush, locations(), List.of(elsewhere), defaults()))
                .isInstanceOf(PushDecision.Skip.class);
        assertThat(PushMatcher.forPolling(slashPush, locations(), List.of(optedOut)))
                .isFalse();
    }

    @Test
    void pollingJobsPollForTheBranchesTheySelect() {
        assertThat(PushMatcher.forPolling(slashPush, locations(), job("*/feature/*")))
                .isTrue();
        assertThat(PushMatcher.forPolling(slashPush, locations(), job("*/master")))
                .isFalse();
        assertThat(PushMatcher.forPolling(masterPush, locations(), job("*/master")))
                .as("a skip phrase is the trigger's option; polling decides by changes")
                .isTrue();
        assertThat(PushMatcher.forPolling(slashPush, locations(), job("${BRANCH}")))
                .isTrue();
    }

    @Test
    void aJobNeedsTheHooksOfTheGogsRepositoriesItsRemotesName() {
        GitConfig config = GitConfig.of(
                List.of(
                        new GitConfig.Remote("origin", repo.cloneUrl()),
                        new GitConfig.Remote("upstream", "git@github.com:acme/app.git"),
                        new GitConfig.Remote("mirror", "https://gogs.internal/git/acme/lib")),
                List.of("**"),
                false);
        ServerLocations internal = ServerLocations.of("https://gogs.internal/git", null);

        assertThat(PushMatcher.repositories(List.of(config), List.of(locations(), internal)))
                .containsExactly(
                        new RepositoryKey(gogs.url(), alice.name(), repo.name()),
                        new RepositoryKey("https://gogs.internal/git", "acme", "lib"));
        assertThat(PushMatcher.repositories(
                        List.of(new GitConfig(config.remotes(), config.branchSpecs(), true)),
                        List.of(locations(), internal)))
                .isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static PushedRef push(WebhookReceiver hooks, String ref, String after) {
        WebhookDelivery delivery = hooks.await(
                d -> "push".equals(d.event()) && ref.equals(field(d, "ref")) && after.equals(field(d, "after")),
                WAIT,
                "the push of " + after + " to " + ref);
        return RealPushDeliveries.pushOf(gogs, delivery).orElseThrow();
    }

    private static PushedRef created(WebhookReceiver hooks, String tag) {
        WebhookDelivery delivery = hooks.await(
                d -> "create".equals(d.event()) && tag.equals(field(d, "ref")), WAIT, "the create event of tag " + tag);
        return RealPushDeliveries.pushOf(gogs, delivery).orElseThrow();
    }

    private static String field(WebhookDelivery delivery, String name) {
        try {
            return JSON.readTree(delivery.body()).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test Gogs as configured in Jenkins, with what the delivery shows. */
    private static ServerLocations locations() {
        return ServerLocations.of(gogs.url(), null).withDelivered(masterPush.delivered());
    }

    private static List<GitConfig> job(String... branchSpecs) {
        return List.of(
                GitConfig.of(List.of(new GitConfig.Remote("origin", repo.cloneUrl())), List.of(branchSpecs), false));
    }

    private static PushTriggerOptions defaults() {
        return PushTriggerOptions.of("", false, SkipPhrases.DEFAULT);
    }

    private static void assertBuilds(PushedRef push, String... specs) {
        for (String spec : specs) {
            assertThat(PushMatcher.forTrigger(push, locations(), job(spec), PushTriggerOptions.of("", false, "")))
                    .as(spec)
                    .isInstanceOf(PushDecision.Build.class);
        }
    }

    private static void assertBuildsNot(PushedRef push, String... specs) {
        for (String spec : specs) {
            assertThat(PushMatcher.forTrigger(push, locations(), job(spec), PushTriggerOptions.of("", false, "")))
                    .as(spec)
                    .isInstanceOf(PushDecision.Skip.class);
        }
    }
}
