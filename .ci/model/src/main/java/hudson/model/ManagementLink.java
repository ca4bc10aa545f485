// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ManagementLink.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;

public abstract class ManagementLink implements ExtensionPoint, Action {
    public ManagementLink() {
        throw new UnsupportedOperationException();
    }

    @Override
    public abstract @CheckForNull String getIconFileName();

    @Override
    public abstract @CheckForNull String getUrlName();
}
