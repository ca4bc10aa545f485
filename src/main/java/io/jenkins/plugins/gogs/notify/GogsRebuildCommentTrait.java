package io.jenkins.plugins.gogs.notify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.gogs.feedback.RebuildPhrase;
import io.jenkins.plugins.gogs.scm.GogsSourceTraitDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Builds a pull request again when someone who may write to the repository comments exactly the phrase on it. The
 * repository's hook then also delivers comments ({@code issue_comment}); only deliveries signed with the server's
 * webhook secret count.
 */
@Restricted(NoExternalUse.class)
public class GogsRebuildCommentTrait extends SCMSourceTrait {

    private final String phrase;

    @DataBoundConstructor
    public GogsRebuildCommentTrait(@CheckForNull String phrase) {
        this.phrase = phrase == null || phrase.isBlank() ? RebuildPhrase.DEFAULT : phrase.strip();
    }

    @NonNull
    public String getPhrase() {
        return phrase;
    }

    @Extension
    @Symbol("gogsRebuildComment")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsRebuildCommentTrait_DisplayName();
        }
    }
}
