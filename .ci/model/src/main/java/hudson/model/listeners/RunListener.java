// Source: jenkinsci/jenkins core/src/main/java/hudson/model/listeners/RunListener.java @ jenkins-2.541.3
package hudson.model.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;

public abstract class RunListener<R extends Run> implements ExtensionPoint {
    public final Class<R> targetType;

    protected RunListener(Class<R> targetType) {
        throw new UnsupportedOperationException();
    }

    protected RunListener() {
        throw new UnsupportedOperationException();
    }

    public void onCompleted(R r, @NonNull TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    public void onFinalized(R r) {
        throw new UnsupportedOperationException();
    }

    public void onStarted(R r, TaskListener listener) {
        throw new UnsupportedOperationException();
    }
}
