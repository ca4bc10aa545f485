package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.TriggerJobs;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A pipeline with the push trigger whose script is in the job learns its repositories from its builds, not from its
 * configuration: after a build of a job with the trigger, the hooks of its repositories are checked against the
 * plugin's records, and registered where they are not yet. Only when the build showed the job other repositories
 * than the last check did: saving the job checks them too, and checking after every build would repeat a refusal
 * (e.g. a server whose hooks Jenkins may not manage) in the log and the admin monitor at every build.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsTriggerBuildListener extends RunListener<Run<?, ?>> {

    /** The repositories each job was last checked for, by full name; per Jenkins, one entry per such job. */
    private final Map<String, Set<RepositoryKey>> checked = new ConcurrentHashMap<>();

    @Override
    public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
        Job<?, ?> job = run.getParent();
        if (!TriggerJobs.hasTrigger(job)) {
            return;
        }
        Set<RepositoryKey> repositories = TriggerJobs.repositoriesOf(job);
        if (!repositories.equals(checked.put(job.getFullName(), repositories))) {
            HookRegistrations.ensure(job, false);
        }
    }
}
