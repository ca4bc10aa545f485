// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/GitSCMBackwardCompatibility.java @ add6e4dc74e6
package hudson.plugins.git;

import hudson.scm.SCM;
import java.io.Serializable;

public abstract class GitSCMBackwardCompatibility extends SCM implements Serializable {
}
