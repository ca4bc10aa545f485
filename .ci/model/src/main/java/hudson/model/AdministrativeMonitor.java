// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AdministrativeMonitor.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import java.io.IOException;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AdministrativeMonitor extends AbstractModelObject implements ExtensionPoint, StaplerProxy {
    public final String id;

    protected AdministrativeMonitor(String id) {
        throw new UnsupportedOperationException();
    }

    protected AdministrativeMonitor() {
        throw new UnsupportedOperationException();
    }

    public String getUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public void disable(boolean value) throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException();
    }

    public abstract boolean isActivated();

    public boolean isSecurity() {
        throw new UnsupportedOperationException();
    }

    public void checkRequiredPermission() {
        throw new UnsupportedOperationException();
    }

    public boolean hasRequiredPermission() {
        throw new UnsupportedOperationException();
    }

    public static boolean hasPermissionToDisplay() {
        throw new UnsupportedOperationException();
    }

    public static ExtensionList<AdministrativeMonitor> all() {
        throw new UnsupportedOperationException();
    }
}
