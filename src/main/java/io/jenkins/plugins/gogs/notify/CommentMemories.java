package io.jenkins.plugins.gogs.notify;

import hudson.model.Run;
import io.jenkins.plugins.gogs.feedback.CommentMemory;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the plugin remembers of its comment on each pull request: in memory, and with the builds that wrote it
 * ({@link GogsFeedbackRecord}), where the next build of the same job finds it after a restart.
 */
@Restricted(NoExternalUse.class)
final class CommentMemories {

    /** How many earlier builds of the job are looked at after a restart. */
    private static final int LOOK_BACK = 10;

    private record PullRequest(RepositoryKey repository, long number) {}

    private final Map<PullRequest, CommentMemory> known = new ConcurrentHashMap<>();

    CommentMemory recall(RepositoryKey repository, long pullRequest, Run<?, ?> run) {
        CommentMemory memory = known.get(new PullRequest(repository, pullRequest));
        if (memory != null) {
            return memory;
        }
        Run<?, ?> earlier = run.getPreviousBuild();
        for (int i = 0; earlier != null && i < LOOK_BACK; i++, earlier = earlier.getPreviousBuild()) {
            GogsFeedbackRecord record = earlier.getAction(GogsFeedbackRecord.class);
            Optional<CommentMemory> recorded = record == null ? Optional.empty() : record.memoryOf(pullRequest);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        return CommentMemory.none();
    }

    void remember(RepositoryKey repository, long pullRequest, CommentMemory memory, Run<?, ?> run) {
        if (memory.commentId() == null) {
            return;
        }
        known.put(new PullRequest(repository, pullRequest), memory);
        GogsFeedbackRecord record = run.getAction(GogsFeedbackRecord.class);
        if (record == null) {
            record = new GogsFeedbackRecord();
            run.addAction(record);
        }
        // saved with the build when it ends (a report that outlasts the build's wait is remembered in memory only)
        record.remember(pullRequest, memory);
    }
}
