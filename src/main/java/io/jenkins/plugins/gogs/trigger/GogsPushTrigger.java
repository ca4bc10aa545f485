package io.jenkins.plugins.gogs.trigger;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.push.NameFilter;
import io.jenkins.plugins.gogs.push.PushTriggerOptions;
import io.jenkins.plugins.gogs.push.SkipPhrases;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.triggers.SCMTriggerItem;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * "Build when a change is pushed to Gogs" for freestyle and pipeline jobs: a verified push delivery from a configured
 * Gogs server builds the job when one of its git remotes names the pushed repository and its branch specifiers
 * select the pushed branch (or tag, when tags are on). The trigger has no schedule of its own: deliveries reach it
 * through {@link PushDispatcher}. In pipelines: {@code triggers { gogsPush() }} or
 * {@code properties([pipelineTriggers([gogsPush()])])}.
 */
@Restricted(NoExternalUse.class)
public class GogsPushTrigger extends Trigger<Job<?, ?>> {

    private String branchFilter = "";
    private boolean buildTags;
    private String skipPhrases = SkipPhrases.DEFAULT;
    private Integer quietPeriod;

    @DataBoundConstructor
    public GogsPushTrigger() {
        super();
    }

    /** Branch and tag names to build (see {@link NameFilter}); empty builds whatever the branch specifiers select. */
    @NonNull
    public String getBranchFilter() {
        return branchFilter == null ? "" : branchFilter;
    }

    @DataBoundSetter
    public void setBranchFilter(String branchFilter) {
        this.branchFilter = branchFilter == null ? "" : branchFilter.strip();
    }

    /** Whether a pushed tag builds (when a branch specifier selects it, e.g. {@code refs/tags/*}). */
    public boolean isBuildTags() {
        return buildTags;
    }

    @DataBoundSetter
    public void setBuildTags(boolean buildTags) {
        this.buildTags = buildTags;
    }

    /** One phrase per line; a push whose head commit's message holds one builds nothing. */
    @NonNull
    public String getSkipPhrases() {
        return skipPhrases == null ? SkipPhrases.DEFAULT : skipPhrases;
    }

    @DataBoundSetter
    public void setSkipPhrases(String skipPhrases) {
        // Browsers send a text area's lines with CRLF; keep them as one LF each.
        this.skipPhrases = skipPhrases == null ? "" : skipPhrases.strip().replace("\r\n", "\n");
    }

    /** Seconds to wait before the build starts; null for the job's own quiet period. */
    @CheckForNull
    public Integer getQuietPeriod() {
        return quietPeriod;
    }

    @DataBoundSetter
    public void setQuietPeriod(Integer quietPeriod) {
        this.quietPeriod = quietPeriod == null || quietPeriod < 0 ? null : quietPeriod;
    }

    PushTriggerOptions options() {
        return PushTriggerOptions.of(getBranchFilter(), buildTags, getSkipPhrases());
    }

    @Extension
    @Symbol("gogsPush")
    public static class DescriptorImpl extends TriggerDescriptor {

        /** Jobs that build from SCMs and can be scheduled: freestyle, pipeline, and their kin. */
        @Override
        public boolean isApplicable(Item item) {
            return item instanceof Job
                    && item instanceof ParameterizedJobMixIn.ParameterizedJob
                    && SCMTriggerItem.SCMTriggerItems.asSCMTriggerItem(item) != null;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsPushTrigger_DisplayName();
        }

        public String getDefaultSkipPhrases() {
            return SkipPhrases.DEFAULT;
        }

        public FormValidation doCheckQuietPeriod(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            try {
                return Integer.parseInt(value.strip()) >= 0
                        ? FormValidation.ok()
                        : FormValidation.error(Messages.GogsPushTrigger_QuietPeriodNotANumber());
            } catch (NumberFormatException e) {
                return FormValidation.error(Messages.GogsPushTrigger_QuietPeriodNotANumber());
            }
        }
    }
}
