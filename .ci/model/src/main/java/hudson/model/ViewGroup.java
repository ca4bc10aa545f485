// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ViewGroup.java @ jenkins-2.541.3
package hudson.model;

import hudson.security.AccessControlled;

public interface ViewGroup extends Saveable, ModelObject, AccessControlled {
}
