// Source: jenkinsci/jenkins core/src/main/java/hudson/init/InitMilestone.java @ jenkins-2.541.3
package hudson.init;

import org.jvnet.hudson.reactor.Milestone;

public enum InitMilestone implements Milestone {
    STARTED,
    PLUGINS_LISTED,
    PLUGINS_PREPARED,
    PLUGINS_STARTED,
    EXTENSIONS_AUGMENTED,
    SYSTEM_CONFIG_LOADED,
    SYSTEM_CONFIG_ADAPTED,
    JOB_LOADED,
    JOB_CONFIG_ADAPTED,
    COMPLETED;

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
