// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/UncategorizedSCMHeadCategory.java @ 24df4bb455f2
package jenkins.scm.impl;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadCategory;
import org.jvnet.localizer.Localizable;

public final class UncategorizedSCMHeadCategory extends SCMHeadCategory {

    public static final UncategorizedSCMHeadCategory DEFAULT = null;

    private UncategorizedSCMHeadCategory() {
        super((Localizable) null);
        throw new UnsupportedOperationException();
    }

    public UncategorizedSCMHeadCategory(@NonNull Localizable displayName) {
        super(displayName);
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isMatch(@NonNull SCMHead instance) {
        throw new UnsupportedOperationException();
    }
}
