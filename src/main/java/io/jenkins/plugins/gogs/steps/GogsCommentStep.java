package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code gogsComment}: comments on an issue (or a pull request); the comment's map. */
@Restricted(NoExternalUse.class)
public class GogsCommentStep extends GogsRepositoryStep {

    private final int number;
    private final String body;

    @DataBoundConstructor
    public GogsCommentStep(int number, String body) {
        this.number = number;
        this.body = body;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    @Override
    Work prepare() {
        long issue = IssueArguments.issueNumber(number);
        String text = IssueArguments.requireText(body, "body");
        return issues -> issues.comment(issue, text);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsComment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsCommentStep_DisplayName();
        }
    }
}
