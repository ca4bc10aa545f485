package io.jenkins.plugins.gogs.notify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.client.model.NewLabel;
import io.jenkins.plugins.gogs.feedback.LabelScheme;
import io.jenkins.plugins.gogs.scm.GogsSourceTraitDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * Keeps exactly one of three status labels (running, passing, failing) on each pull request the project builds, and
 * never touches other labels. Names and colours can be changed; blank ones take the defaults of {@link LabelScheme}.
 */
@Restricted(NoExternalUse.class)
public class GogsBuildLabelsTrait extends SCMSourceTrait {

    private String running;
    private String runningColor;
    private String passing;
    private String passingColor;
    private String failing;
    private String failingColor;

    @DataBoundConstructor
    public GogsBuildLabelsTrait() {}

    /** The labels as configured, defaults filled in; throws IllegalArgumentException for equal names or bad colours. */
    @NonNull
    public LabelScheme scheme() {
        return new LabelScheme(running, runningColor, passing, passingColor, failing, failingColor);
    }

    public String getRunning() {
        return running == null ? LabelScheme.RUNNING : running;
    }

    @DataBoundSetter
    public void setRunning(@CheckForNull String running) {
        this.running = Util.fixEmptyAndTrim(running);
    }

    public String getRunningColor() {
        return runningColor == null ? LabelScheme.RUNNING_COLOR : runningColor;
    }

    @DataBoundSetter
    public void setRunningColor(@CheckForNull String runningColor) {
        this.runningColor = Util.fixEmptyAndTrim(runningColor);
    }

    public String getPassing() {
        return passing == null ? LabelScheme.PASSING : passing;
    }

    @DataBoundSetter
    public void setPassing(@CheckForNull String passing) {
        this.passing = Util.fixEmptyAndTrim(passing);
    }

    public String getPassingColor() {
        return passingColor == null ? LabelScheme.PASSING_COLOR : passingColor;
    }

    @DataBoundSetter
    public void setPassingColor(@CheckForNull String passingColor) {
        this.passingColor = Util.fixEmptyAndTrim(passingColor);
    }

    public String getFailing() {
        return failing == null ? LabelScheme.FAILING : failing;
    }

    @DataBoundSetter
    public void setFailing(@CheckForNull String failing) {
        this.failing = Util.fixEmptyAndTrim(failing);
    }

    public String getFailingColor() {
        return failingColor == null ? LabelScheme.FAILING_COLOR : failingColor;
    }

    @DataBoundSetter
    public void setFailingColor(@CheckForNull String failingColor) {
        this.failingColor = Util.fixEmptyAndTrim(failingColor);
    }

    @Extension
    @Symbol("gogsBuildLabels")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        public DescriptorImpl() {
            // the three colours mean the same: one help file, help-runningColor.html
            addHelpFileRedirect("passingColor", GogsBuildLabelsTrait.class, "runningColor");
            addHelpFileRedirect("failingColor", GogsBuildLabelsTrait.class, "runningColor");
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsBuildLabelsTrait_DisplayName();
        }

        public FormValidation doCheckRunningColor(@QueryParameter String value) {
            return checkColor(value);
        }

        public FormValidation doCheckPassingColor(@QueryParameter String value) {
            return checkColor(value);
        }

        public FormValidation doCheckFailingColor(@QueryParameter String value) {
            return checkColor(value);
        }

        public FormValidation doCheckFailing(
                @QueryParameter String running, @QueryParameter String passing, @QueryParameter String value) {
            try {
                new LabelScheme(running, null, passing, null, value, null);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(Messages.GogsBuildLabelsTrait_SameNames());
            }
        }

        private static FormValidation checkColor(String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            try {
                new NewLabel("x", value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(Messages.GogsBuildLabelsTrait_BadColor(value));
            }
        }
    }
}
