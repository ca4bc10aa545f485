// Source: jenkinsci/jenkins core/src/main/java/org/jenkins/ui/icon/IconSpec.java @ jenkins-2.541.3
package org.jenkins.ui.icon;

public interface IconSpec {
    String getIconClassName();
}
