package io.jenkins.plugins.gogs.notify;

import hudson.PluginWrapper;
import hudson.model.Run;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The name of the Pipeline stage a failed build failed in, when Pipeline knows it. The Pipeline API plugin is an
 * optional dependency: without it (or for a build that is no Pipeline) there is no stage, and no class of it is
 * loaded.
 */
@Restricted(NoExternalUse.class)
final class FailingStage {

    private static final Logger LOGGER = Logger.getLogger(FailingStage.class.getName());
    private static final String WORKFLOW_API = "workflow-api";

    private FailingStage() {}

    static String of(Run<?, ?> run) {
        PluginWrapper plugin = Jenkins.get().getPluginManager().getPlugin(WORKFLOW_API);
        if (plugin == null || !plugin.isActive()) {
            return null;
        }
        try {
            return PipelineStages.failingStage(run);
        } catch (RuntimeException | LinkageError e) {
            LOGGER.log(Level.FINE, "Could not find the failing stage of " + run, e);
            return null;
        }
    }
}
