// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitSCMHeadMixin.java @ add6e4dc74e6
package jenkins.plugins.git;

import jenkins.scm.api.mixin.SCMHeadMixin;

public interface GitSCMHeadMixin extends SCMHeadMixin {
    String getRef();
}
