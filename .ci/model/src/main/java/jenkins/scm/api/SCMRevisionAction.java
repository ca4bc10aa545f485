// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMRevisionAction.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Actionable;
import hudson.model.InvisibleAction;

public class SCMRevisionAction extends InvisibleAction {

    public SCMRevisionAction(@NonNull SCMSource source, @NonNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public SCMRevision getRevision() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getSourceId() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMRevision getRevision(@NonNull SCMSource source, @NonNull Actionable actionable) {
        throw new UnsupportedOperationException();
    }
}
