// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMNavigatorDescriptor.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.trait.SCMTrait;
import org.jenkins.ui.icon.IconSpec;

public abstract class SCMNavigatorDescriptor extends Descriptor<SCMNavigator> implements IconSpec {

    protected transient Set<SCMSourceCategory> categories;

    protected SCMNavigatorDescriptor() {
        throw new UnsupportedOperationException();
    }

    protected SCMNavigatorDescriptor(Class<? extends SCMNavigator> clazz) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<SCMTrait<? extends SCMTrait<?>>> getTraitsDefaults() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @NonNull
    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @NonNull
    public String getCategoryId() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @CheckForNull
    public String getIconFilePathPattern() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getPronoun() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<SCMSourceCategory> getCategories() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected SCMSourceCategory[] createCategories() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @CheckForNull
    public SCMNavigator newInstance(@CheckForNull String name) {
        throw new UnsupportedOperationException();
    }
}
