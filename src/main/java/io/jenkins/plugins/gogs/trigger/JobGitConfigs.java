package io.jenkins.plugins.gogs.trigger;

import hudson.plugins.git.BranchSpec;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.plugins.git.extensions.impl.IgnoreNotifyCommit;
import hudson.scm.SCM;
import io.jenkins.plugins.gogs.push.GitConfig;
import java.util.ArrayList;
import java.util.List;
import jenkins.triggers.SCMTriggerItem;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A job's git configurations as the core reads them: every {@link GitSCM} among its SCMs (a freestyle job's own; for
 * a pipeline, those its last build checked out and its definition's). Other SCMs are not git and are left out.
 */
@Restricted(NoExternalUse.class)
final class JobGitConfigs {

    private JobGitConfigs() {}

    static List<GitConfig> of(SCMTriggerItem item) {
        List<GitConfig> configs = new ArrayList<>();
        for (SCM scm : item.getSCMs()) {
            if (scm instanceof GitSCM git) {
                configs.add(of(git));
            }
        }
        return configs;
    }

    private static GitConfig of(GitSCM git) {
        List<GitConfig.Remote> remotes = new ArrayList<>();
        for (UserRemoteConfig remote : git.getUserRemoteConfigs()) {
            if (remote.getUrl() != null) {
                remotes.add(new GitConfig.Remote(remote.getName(), remote.getUrl()));
            }
        }
        List<String> specs = new ArrayList<>();
        for (BranchSpec spec : git.getBranches()) {
            specs.add(spec.getName());
        }
        return GitConfig.of(remotes, specs, git.getExtensions().get(IgnoreNotifyCommit.class) != null);
    }
}
