// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMName.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public final class SCMName {

    private SCMName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static String fromUrl(@NonNull String url, @CheckForNull String... ignoredPrefixes) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static String fromUrl(@NonNull String url, @CheckForNull List<String> ignoredPrefixes) {
        throw new UnsupportedOperationException();
    }
}
