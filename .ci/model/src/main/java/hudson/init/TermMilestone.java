// Source: jenkinsci/jenkins core/src/main/java/hudson/init/TermMilestone.java @ jenkins-2.541.3
package hudson.init;

import org.jvnet.hudson.reactor.Milestone;

public enum TermMilestone implements Milestone {
    STARTED,
    COMPLETED;

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
