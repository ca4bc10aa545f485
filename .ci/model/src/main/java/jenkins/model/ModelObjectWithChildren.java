// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/ModelObjectWithChildren.java @ jenkins-2.541.3
package jenkins.model;

import hudson.model.ModelObject;

public interface ModelObjectWithChildren extends ModelObject {
}
