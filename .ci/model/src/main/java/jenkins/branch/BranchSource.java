// Source: jenkinsci/branch-api-plugin src/main/java/jenkins/branch/BranchSource.java @ e73a56d39788
package jenkins.branch;

import hudson.model.AbstractDescribableImpl;
import jenkins.scm.api.SCMSource;

public class BranchSource extends AbstractDescribableImpl<BranchSource> {

    public BranchSource(SCMSource source) {
        throw new UnsupportedOperationException();
    }

    public SCMSource getSource() {
        throw new UnsupportedOperationException();
    }
}
