package io.jenkins.plugins.gogs.notify;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.feedback.BranchPullRequests;
import io.jenkins.plugins.gogs.feedback.BuildReport;
import io.jenkins.plugins.gogs.feedback.CommentMemory;
import io.jenkins.plugins.gogs.feedback.PullRequestFeedback;
import io.jenkins.plugins.gogs.feedback.TokenUsers;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.SystemProperties;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reports a build's start and end to its pull request(s) in Gogs. The calls to Gogs run on the feedback threads
 * ({@link FeedbackQueue}), never on the build's own: a start is reported in the background, and the end is waited for
 * a few seconds only ({@code io.jenkins.plugins.gogs.notify.BuildFeedback.waitSeconds}, 10 by default), so that its
 * outcome can still go to the build log. Nothing here changes a build's result: every failure becomes one log line.
 */
@Restricted(NoExternalUse.class)
final class BuildFeedback {

    private static final Logger LOGGER = Logger.getLogger(BuildFeedback.class.getName());
    private static final int WAIT_SECONDS =
            SystemProperties.getInteger(BuildFeedback.class.getName() + ".waitSeconds", 10);

    static final FeedbackQueue QUEUE = new FeedbackQueue("Gogs build feedback");
    private static final CommentMemories MEMORIES = new CommentMemories();
    private static final TokenUsers TOKEN_USERS = new TokenUsers();

    private BuildFeedback() {}

    static void started(Run<?, ?> run, TaskListener listener) {
        Optional<CompletableFuture<List<String>>> reporting = report(run, listener, false);
        // the build's log stays open while it runs: the lines go there when they are ready
        reporting.ifPresent(future -> future.whenComplete((lines, failure) -> {
            List<String> out = lines != null ? lines : List.of(failureLine(failure));
            if (run.isBuilding()) {
                out.forEach(listener.getLogger()::println);
            } else {
                out.forEach(line -> LOGGER.log(Level.INFO, "{0}: {1}", new Object[] {run, line}));
            }
        }));
    }

    static void completed(Run<?, ?> run, TaskListener listener) {
        Optional<CompletableFuture<List<String>>> reporting = report(run, listener, true);
        if (reporting.isEmpty()) {
            return;
        }
        CompletableFuture<List<String>> future = reporting.get();
        try {
            future.get(WAIT_SECONDS, TimeUnit.SECONDS).forEach(listener.getLogger()::println);
        } catch (TimeoutException slow) {
            listener.getLogger().println(Messages.BuildFeedback_InBackground());
            future.whenComplete((lines, failure) -> (lines != null ? lines : List.of(failureLine(failure)))
                    .forEach(line -> LOGGER.log(Level.INFO, "{0}: {1}", new Object[] {run, line})));
        } catch (ExecutionException e) {
            listener.getLogger().println(failureLine(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Empty when the build reports nowhere; else the lines for its log, once Gogs has answered. */
    private static Optional<CompletableFuture<List<String>>> report(
            Run<?, ?> run, TaskListener listener, boolean completed) {
        try {
            Optional<FeedbackTarget> target = FeedbackTarget.of(run);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            BuildReport report =
                    RunReports.of(run, target.get().source(), target.get().head(), completed);
            return Optional.of(
                    QUEUE.submit(target.get().repositoryKey(), () -> deliver(target.get(), report, run, completed)));
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "No Gogs feedback for " + run, e);
            listener.getLogger().println(failureLine(e));
            return Optional.empty();
        }
    }

    /** On a feedback thread: the report to each pull request, one line each. */
    private static List<String> deliver(FeedbackTarget target, BuildReport report, Run<?, ?> run, boolean completed) {
        GogsSCMSource source = target.source();
        String owner = source.getRepoOwner();
        String repository = source.getRepository();
        List<String> lines = new ArrayList<>();
        try {
            GogsClient client = FeedbackClients.of(source);
            List<Long> pullRequests = target.pullRequest() != null
                    ? List.of(target.pullRequest())
                    : BranchPullRequests.openWithHead(client, owner, repository, report.commit());
            if (pullRequests.isEmpty()) {
                if (completed) {
                    lines.add(Messages.BuildFeedback_NoPullRequest(String.valueOf(report.shortCommit())));
                }
                return lines;
            }
            String self = target.settings().comments() ? TOKEN_USERS.of(client) : null;
            RepositoryKey key = target.repositoryKey();
            for (long number : pullRequests) {
                CommentMemory memory = MEMORIES.recall(key, number, run);
                PullRequestFeedback.Outcome outcome = PullRequestFeedback.report(
                        client,
                        owner,
                        repository,
                        number,
                        self,
                        memory,
                        report,
                        target.settings().options());
                MEMORIES.remember(key, number, outcome.memory(), run);
                lines.add(outcome.line());
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.FINE, "Gogs feedback of " + run + " failed", e);
            lines.add(failureLine(e));
        }
        return lines;
    }

    private static String failureLine(Throwable failure) {
        return Messages.BuildFeedback_Failed(failure == null ? "?" : String.valueOf(failure.getMessage()));
    }
}
