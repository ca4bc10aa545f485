// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceDescriptor.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkins.ui.icon.IconSpec;

public abstract class SCMSourceDescriptor extends Descriptor<SCMSource> implements IconSpec {

    protected transient Set<SCMHeadCategory> categories;

    @NonNull
    public String getId(@CheckForNull SCMSource source) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicable(Class<? extends SCMSourceOwner> owner) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<SCMSourceTrait> getTraitsDefaults() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static List<SCMSourceDescriptor> forOwner(@CheckForNull SCMSourceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static List<SCMSourceDescriptor> forOwner(@CheckForNull SCMSourceOwner owner, boolean onlyUserInstantiable) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static List<SCMSourceDescriptor> forOwner(Class<? extends SCMSourceOwner> clazz) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static List<SCMSourceDescriptor> forOwner(Class<? extends SCMSourceOwner> clazz,
            boolean onlyUserInstantiable) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getPronoun() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<SCMHeadCategory> getCategories() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected SCMHeadCategory[] createCategories() {
        throw new UnsupportedOperationException();
    }
}
