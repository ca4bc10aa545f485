// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/metadata/ContributorMetadataAction.java @ 24df4bb455f2
package jenkins.scm.api.metadata;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.InvisibleAction;
import java.io.Serializable;

public class ContributorMetadataAction extends InvisibleAction implements Serializable {

    public ContributorMetadataAction(String contributor, String contributorDisplayName, String contributorEmail) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getContributor() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getContributorDisplayName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getContributorEmail() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
