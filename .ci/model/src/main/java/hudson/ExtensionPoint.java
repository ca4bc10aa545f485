// Source: jenkinsci/jenkins core/src/main/java/hudson/ExtensionPoint.java @ jenkins-2.541.3
package hudson;

public interface ExtensionPoint {
}
