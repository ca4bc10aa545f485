// Source: jenkinsci/jenkins core/src/main/java/hudson/model/BuildableItemWithBuildWrappers.java @ jenkins-2.541.3
package hudson.model;

public interface BuildableItemWithBuildWrappers extends BuildableItem {
}
