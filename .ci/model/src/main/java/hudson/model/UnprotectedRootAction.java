// Source: jenkinsci/jenkins core/src/main/java/hudson/model/UnprotectedRootAction.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionPoint;

public interface UnprotectedRootAction extends RootAction, ExtensionPoint {
}
