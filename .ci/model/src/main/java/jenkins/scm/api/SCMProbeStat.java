// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMProbeStat.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class SCMProbeStat {

    private SCMProbeStat(@NonNull SCMFile.Type type, @CheckForNull String alternativePath) {
        throw new UnsupportedOperationException();
    }

    public static SCMProbeStat fromType(@NonNull SCMFile.Type type) {
        throw new UnsupportedOperationException();
    }

    public static SCMProbeStat fromAlternativePath(@NonNull String alternativePath) {
        throw new UnsupportedOperationException();
    }

    public boolean exists() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getAlternativePath() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public SCMFile.Type getType() {
        throw new UnsupportedOperationException();
    }
}
