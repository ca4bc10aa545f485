// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/metadata/AvatarMetadataAction.java @ 24df4bb455f2
package jenkins.scm.api.metadata;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.InvisibleAction;
import java.io.Serializable;

public abstract class AvatarMetadataAction extends InvisibleAction implements Serializable {

    @CheckForNull
    public String getAvatarIconClassName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getAvatarDescription() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getAvatarImageOf(@NonNull String size) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected final String avatarIconClassNameImageOf(@CheckForNull String iconClassName, @NonNull String size) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected final String cachedResizedImageOf(@NonNull String url, @NonNull String size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();
}
