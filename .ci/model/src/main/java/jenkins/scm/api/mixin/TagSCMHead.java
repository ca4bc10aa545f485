// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/TagSCMHead.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

public interface TagSCMHead {

    long getTimestamp();
}
