// Source: jenkinsci/jenkins core/src/main/java/jenkins/widgets/HasWidgets.java @ jenkins-2.541.3
package jenkins.widgets;

public interface HasWidgets {
}
