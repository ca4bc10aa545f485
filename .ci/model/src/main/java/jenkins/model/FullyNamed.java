// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/FullyNamed.java @ jenkins-2.541.3
package jenkins.model;

public interface FullyNamed {
    String getFullName();
}
