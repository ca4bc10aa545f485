// Source: jenkinsci/jenkins core/src/main/java/hudson/scm/SCM.java @ jenkins-2.541.3
package hudson.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class SCM implements Describable<SCM>, ExtensionPoint {

    @CheckForNull
    public RepositoryBrowser<?> getBrowser() {
        throw new UnsupportedOperationException();
    }

    public String getType() {
        throw new UnsupportedOperationException();
    }

    public boolean supportsPolling() {
        throw new UnsupportedOperationException();
    }

    public boolean requiresWorkspaceForPolling() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String getKey() {
        throw new UnsupportedOperationException();
    }

    public abstract ChangeLogParser createChangeLogParser();

    @Override
    public SCMDescriptor<?> getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
