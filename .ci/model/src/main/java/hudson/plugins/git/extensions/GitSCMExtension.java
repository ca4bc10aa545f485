// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/extensions/GitSCMExtension.java @ add6e4dc74e6
package hudson.plugins.git.extensions;

import hudson.model.AbstractDescribableImpl;

public abstract class GitSCMExtension extends AbstractDescribableImpl<GitSCMExtension> {

    public boolean requiresWorkspaceForPolling() {
        throw new UnsupportedOperationException();
    }

    public boolean enableMultipleRevisionDetection() {
        throw new UnsupportedOperationException();
    }

    @Override
    public GitSCMExtensionDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
