// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/RunAction2.java @ jenkins-2.541.3
package jenkins.model;

import hudson.model.Action;

public interface RunAction2 extends Action {}
