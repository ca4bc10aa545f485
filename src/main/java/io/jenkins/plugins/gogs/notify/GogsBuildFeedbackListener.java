package io.jenkins.plugins.gogs.notify;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Tells Gogs when a build of a Gogs multibranch project starts and ends, where the project's source asks for build
 * comments or status labels. Returns quickly: see {@link BuildFeedback}.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsBuildFeedbackListener extends RunListener<Run<?, ?>> {

    @Override
    public void onStarted(Run<?, ?> run, TaskListener listener) {
        BuildFeedback.started(run, listener);
    }

    @Override
    public void onCompleted(Run<?, ?> run, TaskListener listener) {
        BuildFeedback.completed(run, listener);
    }
}
