package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/** Overrides who registers the Gogs webhook of this project (or of every repository of an organization folder). */
@Restricted(NoExternalUse.class)
public class GogsWebhookRegistrationTrait extends SCMSourceTrait {

    private final WebhookRegistration mode;

    @DataBoundConstructor
    public GogsWebhookRegistrationTrait(@CheckForNull WebhookRegistration mode) {
        this.mode = mode == null ? WebhookRegistration.SYSTEM : mode;
    }

    @NonNull
    public WebhookRegistration getMode() {
        return mode;
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        ((GogsSCMSourceContext) context).webhookRegistration(mode);
    }

    @Extension
    @Symbol("gogsWebhookRegistration")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsWebhookRegistrationTrait_DisplayName();
        }

        public ListBoxModel doFillModeItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.GogsWebhookRegistrationTrait_System(), WebhookRegistration.SYSTEM.name());
            items.add(Messages.GogsWebhookRegistrationTrait_Item(), WebhookRegistration.ITEM.name());
            items.add(Messages.GogsWebhookRegistrationTrait_Disable(), WebhookRegistration.DISABLE.name());
            return items;
        }
    }
}
