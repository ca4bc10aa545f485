// Source: jenkinsci/jenkins core/src/main/java/hudson/model/EnvironmentContributingAction.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;

public interface EnvironmentContributingAction extends Action {
    default void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        throw new UnsupportedOperationException();
    }
}
