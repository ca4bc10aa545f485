package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.scm.api.trait.SCMBuilder;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Builds check out over SSH (the repository's SSH URL as Gogs reports it) with an SSH key, instead of over HTTP(S)
 * with the scan's access token. Scans still use the API with the token.
 */
@Restricted(NoExternalUse.class)
public class GogsSSHCheckoutTrait extends SCMSourceTrait {

    private final String credentialsId;

    @DataBoundConstructor
    public GogsSSHCheckoutTrait(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** The SSH key credentials; null means the agent's own key. */
    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @Override
    protected void decorateBuilder(SCMBuilder<?, ?> builder) {
        ((GogsSCMBuilder) builder).withSshCheckout(credentialsId);
    }

    @Extension
    @Symbol("gogsSshCheckout")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsSSHCheckoutTrait_DisplayName();
        }

        /** SSH keys: username credentials that are not username and password. */
        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath Item context, @QueryParameter String credentialsId) {
            StandardListBoxModel result = new StandardListBoxModel();
            if (!GogsForms.mayConfigure(context)) {
                result.includeCurrentValue(Util.fixNull(credentialsId));
                return result;
            }
            result.add(Messages.GogsSSHCheckoutTrait_AgentKey(), "");
            result.includeMatchingAs(
                    context instanceof Queue.Task task ? task.getDefaultAuthentication2() : ACL.SYSTEM2,
                    context,
                    StandardUsernameCredentials.class,
                    List.of(),
                    CredentialsMatchers.not(CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class)));
            if (credentialsId != null && !credentialsId.isEmpty()) {
                result.includeCurrentValue(credentialsId);
            }
            return result;
        }
    }
}
