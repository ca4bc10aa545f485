// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/Named.java @ jenkins-2.541.3
package jenkins.model;

public interface Named {
    String getName();
}
