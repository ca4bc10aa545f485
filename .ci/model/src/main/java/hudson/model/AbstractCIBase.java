// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractCIBase.java @ jenkins-2.541.3
package hudson.model;

import hudson.security.AccessControlled;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AbstractCIBase extends Node implements ItemGroup<TopLevelItem>, StaplerProxy, StaplerFallback, ViewGroup, AccessControlled, DescriptorByNameOwner {
    @Override
    @Deprecated
    public String getUrl() {
        throw new UnsupportedOperationException();
    }
}
