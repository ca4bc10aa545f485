// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/metadata/ObjectMetadataAction.java @ 24df4bb455f2
package jenkins.scm.api.metadata;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.InvisibleAction;
import java.io.Serializable;

public class ObjectMetadataAction extends InvisibleAction implements Serializable {

    public ObjectMetadataAction(@CheckForNull String objectDisplayName, @CheckForNull String objectDescription,
            @CheckForNull String objectUrl) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getObjectDisplayName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getObjectDescription() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getObjectUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
