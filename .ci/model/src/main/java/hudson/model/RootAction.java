// Source: jenkinsci/jenkins core/src/main/java/hudson/model/RootAction.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionPoint;

public interface RootAction extends Action, ExtensionPoint {
    default boolean isPrimaryAction() {
        throw new UnsupportedOperationException();
    }
}
