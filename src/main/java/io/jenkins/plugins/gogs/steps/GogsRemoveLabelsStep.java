package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import io.jenkins.plugins.gogs.issues.NameList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code gogsRemoveLabels}: removes labels by name from an issue (one it does not have is skipped); the names of the
 * issue's labels afterwards.
 */
@Restricted(NoExternalUse.class)
public class GogsRemoveLabelsStep extends GogsRepositoryStep {

    private final int number;
    private final Object labels;

    @DataBoundConstructor
    public GogsRemoveLabelsStep(int number, Object labels) {
        this.number = number;
        this.labels = labels;
    }

    public int getNumber() {
        return number;
    }

    @CheckForNull
    public String getLabels() {
        return NameList.display(labels, "labels");
    }

    @Override
    Work prepare() {
        long issue = IssueArguments.issueNumber(number);
        List<String> names = IssueArguments.labelNames(labels);
        return issues -> issues.removeLabels(issue, names);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsRemoveLabels";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsRemoveLabelsStep_DisplayName();
        }
    }
}
