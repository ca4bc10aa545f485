// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMNavigatorOwners.java @ 24df4bb455f2
package jenkins.scm.api;

import hudson.ExtensionPoint;

public abstract class SCMNavigatorOwners implements ExtensionPoint, Iterable<SCMNavigatorOwner> {

    public static Iterable<SCMNavigatorOwner> all() {
        throw new UnsupportedOperationException();
    }
}
