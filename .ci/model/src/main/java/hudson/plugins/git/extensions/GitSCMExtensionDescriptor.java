// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/extensions/GitSCMExtensionDescriptor.java @ add6e4dc74e6
package hudson.plugins.git.extensions;

import hudson.model.Descriptor;
import hudson.plugins.git.GitSCM;

public abstract class GitSCMExtensionDescriptor extends Descriptor<GitSCMExtension> {

    public boolean isApplicable(Class<? extends GitSCM> type) {
        throw new UnsupportedOperationException();
    }
}
