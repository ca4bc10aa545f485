package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.gogs.trigger.TriggerJobs;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A pipeline with the push trigger whose script is in the job learns its repositories from its builds, not from its
 * configuration: after each build of a job with the trigger, the hooks of its repositories are checked against the
 * plugin's records, and registered where they are not yet (nothing is sent to Gogs when they are).
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsTriggerBuildListener extends RunListener<Run<?, ?>> {

    @Override
    public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
        if (TriggerJobs.hasTrigger(run.getParent())) {
            HookRegistrations.ensure(run.getParent(), false);
        }
    }
}
