// Source: jenkinsci/jenkins core/src/main/java/jenkins/util/io/OnMaster.java @ jenkins-2.541.3
package jenkins.util.io;

public interface OnMaster {
}
