// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/UncategorizedSCMSourceCategory.java @ 24df4bb455f2
package jenkins.scm.impl;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCategory;
import org.jvnet.localizer.Localizable;

public final class UncategorizedSCMSourceCategory extends SCMSourceCategory {

    public static final UncategorizedSCMSourceCategory DEFAULT = null;

    private UncategorizedSCMSourceCategory() {
        super((Localizable) null);
        throw new UnsupportedOperationException();
    }

    public UncategorizedSCMSourceCategory(@NonNull Localizable displayName) {
        super(displayName);
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isMatch(@NonNull SCMSource instance) {
        throw new UnsupportedOperationException();
    }
}
