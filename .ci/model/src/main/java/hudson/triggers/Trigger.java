// Source: jenkinsci/jenkins core/src/main/java/hudson/triggers/Trigger.java @ jenkins-2.541.3
package hudson.triggers;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Item;

public abstract class Trigger<J extends Item> implements Describable<Trigger<?>>, ExtensionPoint {
    public void start(J project, boolean newInstance) {
        throw new UnsupportedOperationException();
    }

    public void run() {
        throw new UnsupportedOperationException();
    }

    public void stop() {
        throw new UnsupportedOperationException();
    }

    @Override
    public TriggerDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected transient J job;

    protected Trigger(@NonNull String cronTabSpec) {
        throw new UnsupportedOperationException();
    }

    protected Trigger() {
        throw new UnsupportedOperationException();
    }

    public final String getSpec() {
        throw new UnsupportedOperationException();
    }
}
