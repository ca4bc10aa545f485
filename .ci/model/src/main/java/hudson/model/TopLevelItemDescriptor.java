// Source: jenkinsci/jenkins core/src/main/java/hudson/model/TopLevelItemDescriptor.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionList;
import org.jenkins.ui.icon.IconSpec;

public abstract class TopLevelItemDescriptor extends Descriptor<TopLevelItem> implements IconSpec {
    protected TopLevelItemDescriptor(Class<? extends TopLevelItem> clazz) {
        throw new UnsupportedOperationException();
    }

    protected TopLevelItemDescriptor() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicable(Descriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableIn(ItemGroup parent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    public String getCategoryId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    public abstract TopLevelItem newInstance(ItemGroup parent, String name);

    public static ExtensionList<TopLevelItemDescriptor> all() {
        throw new UnsupportedOperationException();
    }
}
