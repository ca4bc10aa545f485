// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/ChangeRequestCheckoutStrategy.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

public enum ChangeRequestCheckoutStrategy {
    HEAD,
    MERGE
}
