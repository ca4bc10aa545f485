// Source: jenkinsci/jenkins core/src/main/java/hudson/PluginWrapper.java @ jenkins-2.541.3
package hudson;

import hudson.model.ModelObject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.jar.Manifest;

public class PluginWrapper implements Comparable<PluginWrapper>, ModelObject {
    public PluginWrapper(PluginManager parent, File archive, Manifest manifest, URL baseResourceURL, ClassLoader classLoader, File disableFile, List<Dependency> dependencies, List<Dependency> optionalDependencies) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public String getShortName() {
        throw new UnsupportedOperationException();
    }

    public String getUrl() {
        throw new UnsupportedOperationException();
    }

    public String getVersion() {
        throw new UnsupportedOperationException();
    }

    public boolean isActive() {
        throw new UnsupportedOperationException();
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(PluginWrapper pw) {
        throw new UnsupportedOperationException();
    }

    public static final class Dependency {
        public Dependency(String s) {
            throw new UnsupportedOperationException();
        }
    }
}
