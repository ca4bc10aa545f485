// Source: jenkinsci/jenkins core/src/main/java/hudson/model/TopLevelItem.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionPoint;

public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
    @Override
    TopLevelItemDescriptor getDescriptor();
}
