// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/ChangeRequestSCMHeadCategory.java @ 24df4bb455f2
package jenkins.scm.impl;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadCategory;
import org.jvnet.localizer.Localizable;

public final class ChangeRequestSCMHeadCategory extends SCMHeadCategory {

    public static final ChangeRequestSCMHeadCategory DEFAULT = null;

    private ChangeRequestSCMHeadCategory() {
        super((Localizable) null);
        throw new UnsupportedOperationException();
    }

    public ChangeRequestSCMHeadCategory(@NonNull Localizable displayName) {
        super(displayName);
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isMatch(@NonNull SCMHead instance) {
        throw new UnsupportedOperationException();
    }
}
