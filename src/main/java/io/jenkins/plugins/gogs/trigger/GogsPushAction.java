package io.jenkins.plugins.gogs.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.Action;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Queue;
import hudson.model.Run;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The {@code GOGS_*} variables of the push that started a build (see {@link io.jenkins.plugins.gogs.push.PushVariables}),
 * for freestyle and pipeline builds alike. As a queue action it keeps two different pushes from being merged into one
 * waiting build; the same push twice is one build.
 */
@Restricted(NoExternalUse.class)
public class GogsPushAction extends InvisibleAction implements EnvironmentContributingAction, Queue.QueueAction {

    private final TreeMap<String, String> variables;

    public GogsPushAction(Map<String, String> variables) {
        this.variables = new TreeMap<>(variables);
    }

    @NonNull
    public Map<String, String> getVariables() {
        return Collections.unmodifiableMap(variables);
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        variables.forEach(env::put);
    }

    @Override
    public boolean shouldSchedule(List<Action> actions) {
        return actions.stream()
                .noneMatch(action -> action instanceof GogsPushAction other && other.variables.equals(variables));
    }
}
