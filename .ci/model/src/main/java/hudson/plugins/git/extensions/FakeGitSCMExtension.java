// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/extensions/FakeGitSCMExtension.java @ add6e4dc74e6
package hudson.plugins.git.extensions;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

@Restricted(NoExternalUse.class)
public abstract class FakeGitSCMExtension extends GitSCMExtension {
}
