// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/DirectlyModifiableTopLevelItemGroup.java @ jenkins-2.541.3
package jenkins.model;

public interface DirectlyModifiableTopLevelItemGroup extends ModifiableTopLevelItemGroup {
}
