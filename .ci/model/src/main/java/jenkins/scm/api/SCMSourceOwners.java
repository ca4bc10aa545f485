// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceOwners.java @ 24df4bb455f2
package jenkins.scm.api;

import hudson.ExtensionPoint;

public abstract class SCMSourceOwners implements ExtensionPoint, Iterable<SCMSourceOwner> {

    public static Iterable<SCMSourceOwner> all() {
        throw new UnsupportedOperationException();
    }
}
