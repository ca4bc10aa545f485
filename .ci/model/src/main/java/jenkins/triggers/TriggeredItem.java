// Source: jenkinsci/jenkins core/src/main/java/jenkins/triggers/TriggeredItem.java @ jenkins-2.541.3
package jenkins.triggers;

import hudson.model.Item;

public interface TriggeredItem extends Item {
}
