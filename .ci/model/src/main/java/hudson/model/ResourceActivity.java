// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ResourceActivity.java @ jenkins-2.541.3
package hudson.model;

public interface ResourceActivity extends ModelObject {
}
