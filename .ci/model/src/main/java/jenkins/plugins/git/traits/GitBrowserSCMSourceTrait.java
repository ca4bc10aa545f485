// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/traits/GitBrowserSCMSourceTrait.java @ add6e4dc74e6
package jenkins.plugins.git.traits;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.plugins.git.browser.GitRepositoryBrowser;
import jenkins.scm.api.trait.SCMBuilder;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMSourceTraitDescriptor;

public class GitBrowserSCMSourceTrait extends SCMSourceTrait {

    public GitBrowserSCMSourceTrait(@CheckForNull GitRepositoryBrowser browser) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public GitRepositoryBrowser getBrowser() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void decorateBuilder(SCMBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    public static class DescriptorImpl extends SCMSourceTraitDescriptor {
    }
}
