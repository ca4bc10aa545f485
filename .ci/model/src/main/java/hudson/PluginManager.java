// Source: jenkinsci/jenkins core/src/main/java/hudson/PluginManager.java @ jenkins-2.541.3
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractModelObject;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.util.List;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerOverridable;
import org.kohsuke.stapler.StaplerProxy;

public abstract class PluginManager extends AbstractModelObject implements OnMaster, StaplerOverridable, StaplerProxy {
    protected PluginManager(ServletContext context, File rootDir) {
        throw new UnsupportedOperationException();
    }

    public List<PluginWrapper> getPlugins() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public PluginWrapper getPlugin(String shortName) {
        throw new UnsupportedOperationException();
    }

    public PluginWrapper whichPlugin(Class c) {
        throw new UnsupportedOperationException();
    }
}
