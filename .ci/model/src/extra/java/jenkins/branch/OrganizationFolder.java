// Source: jenkinsci/branch-api-plugin src/main/java/jenkins/branch/OrganizationFolder.java @ e73a56d39788
package jenkins.branch;

import com.cloudbees.hudson.plugins.folder.computed.ComputedFolder;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.util.DescribableList;
import java.util.List;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSource;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.access.AccessDeniedException;

public final class OrganizationFolder extends ComputedFolder<MultiBranchProject<?, ?>>
        implements SCMNavigatorOwner, IconSpec {

    public OrganizationFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @Override
    public MultiBranchProject<?, ?> getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    public DescribableList<SCMNavigator, SCMNavigatorDescriptor> getNavigators() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public List<SCMNavigator> getSCMNavigators() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public List<SCMSource> getSCMSources() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void onSCMSourceUpdated(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }
}
