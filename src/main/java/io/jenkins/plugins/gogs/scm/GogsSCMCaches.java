package io.jenkins.plugins.gogs.scm;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.init.Terminator;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.KnownPullRequests;
import io.jenkins.plugins.gogs.discovery.KnownPullRequestsFile;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What scans of all Gogs sources of this Jenkins share: discovery answers (tag times, closed pull requests, fork
 * heads), probe answers by commit, and what {@code pull_request} deliveries said about pull requests (target, head
 * branch, origin). The last is kept in {@code $JENKINS_HOME/}{@value #FILE_NAME} so that a pull request keeps its
 * identity across restarts; it is written on Jenkins' timer a few seconds after a change (never on the thread that
 * answers a delivery) and at shutdown. One instance per Jenkins (an extension): a Jenkins started again, even in the
 * same JVM, starts from the file alone. The webhook layer tells it what changed ({@link #pullRequestChanged},
 * {@link #repositoryChanged}).
 */
@Extension
@Restricted(NoExternalUse.class)
public final class GogsSCMCaches {

    private static final Logger LOGGER = Logger.getLogger(GogsSCMCaches.class.getName());

    static final String FILE_NAME = "io.jenkins.plugins.gogs.KnownPullRequests.json";
    static final Duration WRITE_DELAY = Duration.ofSeconds(5);

    private final KnownPullRequestsFile knownPullRequests;
    private final DiscoveryCache discovery;
    private final ProbeCache probes = new ProbeCache();

    public GogsSCMCaches() {
        knownPullRequests = KnownPullRequestsFile.open(
                new File(Jenkins.get().getRootDir(), FILE_NAME).toPath(),
                KnownPullRequests.DEFAULT_MAX_ENTRIES,
                Timer.get(),
                WRITE_DELAY);
        discovery = new DiscoveryCache(knownPullRequests.pullRequests());
    }

    static GogsSCMCaches get() {
        return ExtensionList.lookupSingleton(GogsSCMCaches.class);
    }

    /** Reads the file at startup, so that the first delivery after it does not wait for the disk. */
    @Initializer(after = InitMilestone.JOB_LOADED)
    public static void load() {
        get();
    }

    public static DiscoveryCache discovery() {
        return get().discovery;
    }

    public static ProbeCache probes() {
        return get().probes;
    }

    /**
     * A verified webhook said a pull request was opened, edited, reopened, synchronized, closed or merged: learn what
     * it said of the pull request (written to disk later, off this thread), and ask Gogs about its state again at the
     * next scan.
     */
    public static void pullRequestChanged(
            String serverUrl, String owner, String repository, long number, Optional<PullRequestFacts> facts) {
        RepositoryKey key = new RepositoryKey(serverUrl, owner, repository);
        DiscoveryCache cache = discovery();
        cache.forgetPullRequest(key, number);
        facts.ifPresent(f -> cache.knownPullRequests().learn(key, number, f));
    }

    /** A repository was deleted or its history rewritten: forget what scans remembered of it. */
    public static void repositoryChanged(String serverUrl, String owner, String repository) {
        RepositoryKey key = new RepositoryKey(serverUrl, owner, repository);
        GogsSCMCaches caches = get();
        caches.discovery.forgetRepository(key);
        caches.probes.forget(key);
    }

    /** Writes what was learned since the last write, so that a restart right after a delivery keeps it. */
    @Terminator
    public static void flush() {
        for (GogsSCMCaches caches : ExtensionList.lookup(GogsSCMCaches.class)) {
            try {
                caches.knownPullRequests.flush();
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "Could not write " + caches.knownPullRequests.file(), e);
            }
        }
    }
}
