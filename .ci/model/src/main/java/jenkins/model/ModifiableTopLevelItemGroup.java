// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/ModifiableTopLevelItemGroup.java @ jenkins-2.541.3
package jenkins.model;

import hudson.model.ModifiableItemGroup;
import hudson.model.TopLevelItem;

public interface ModifiableTopLevelItemGroup extends ModifiableItemGroup<TopLevelItem> {
}
