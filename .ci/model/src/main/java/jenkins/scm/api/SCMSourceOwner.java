// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceOwner.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import java.util.List;

public interface SCMSourceOwner extends Item {

    @NonNull
    List<SCMSource> getSCMSources();

    @CheckForNull
    default SCMSource getSCMSource(@CheckForNull String sourceId) {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    void onSCMSourceUpdated(@NonNull SCMSource source);

    @CheckForNull
    default SCMSourceCriteria getSCMSourceCriteria(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }
}
