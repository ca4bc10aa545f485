// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/extensions/impl/IgnoreNotifyCommit.java @ add6e4dc74e6
package hudson.plugins.git.extensions.impl;

import hudson.plugins.git.extensions.FakeGitSCMExtension;
import org.kohsuke.stapler.DataBoundConstructor;

public class IgnoreNotifyCommit extends FakeGitSCMExtension {
    @DataBoundConstructor
    public IgnoreNotifyCommit() {
        throw new UnsupportedOperationException();
    }
}
