// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMHead2.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface ChangeRequestSCMHead2 extends ChangeRequestSCMHead {

    @NonNull
    ChangeRequestCheckoutStrategy getCheckoutStrategy();

    @NonNull
    String getOriginName();
}
