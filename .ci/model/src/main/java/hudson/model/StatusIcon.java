// Source: jenkinsci/jenkins core/src/main/java/hudson/model/StatusIcon.java @ jenkins-2.541.3
package hudson.model;

public interface StatusIcon {
    String getImageOf(String size);

    String getDescription();
}
