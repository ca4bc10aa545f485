// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/ModelObjectWithContextMenu.java @ jenkins-2.541.3
package jenkins.model;

import hudson.model.ModelObject;

public interface ModelObjectWithContextMenu extends ModelObject {
}
