// Source: jenkinsci/branch-api-plugin src/main/java/jenkins/branch/BranchProjectFactory.java @ e73a56d39788
package jenkins.branch;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.Saveable;
import hudson.model.TopLevelItem;
import jenkins.scm.api.SCMRevision;

public abstract class BranchProjectFactory<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>>
        extends AbstractDescribableImpl<BranchProjectFactory<?, ?>> implements Saveable, ExtensionPoint {

    public SCMRevision getRevision(P project) {
        throw new UnsupportedOperationException();
    }
}
