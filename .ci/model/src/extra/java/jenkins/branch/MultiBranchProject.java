// Source: jenkinsci/branch-api-plugin src/main/java/jenkins/branch/MultiBranchProject.java @ e73a56d39788
package jenkins.branch;

import com.cloudbees.hudson.plugins.folder.computed.ComputedFolder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.util.PersistedList;
import java.util.List;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import org.jenkins.ui.icon.IconSpec;

public abstract class MultiBranchProject<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>>
        extends ComputedFolder<P> implements SCMSourceOwner, IconSpec {

    protected MultiBranchProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @NonNull
    public PersistedList<BranchSource> getSourcesList() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<SCMSource> getSCMSources() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public BranchProjectFactory<P, R> getProjectFactory() {
        throw new UnsupportedOperationException();
    }

    public void onSCMSourceUpdated(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }

    @Override
    @CheckForNull
    public P getItem(String name) {
        throw new UnsupportedOperationException();
    }
}
