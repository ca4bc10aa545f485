// Source: jenkinsci/jenkins core/src/main/java/hudson/model/LoadBalancer.java @ jenkins-2.541.3
package hudson.model;

import hudson.ExtensionPoint;

public abstract class LoadBalancer implements ExtensionPoint {
}
