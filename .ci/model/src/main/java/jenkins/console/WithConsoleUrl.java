// Source: jenkinsci/jenkins core/src/main/java/jenkins/console/WithConsoleUrl.java @ jenkins-2.541.3
package jenkins.console;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface WithConsoleUrl {
    @CheckForNull
    String getConsoleUrl();
}
