// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/FullyNamedModelObject.java @ jenkins-2.541.3
package jenkins.model;

import hudson.model.ModelObject;

public interface FullyNamedModelObject extends ModelObject {
    String getFullDisplayName();
}
