package io.jenkins.plugins.gogs.notify;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.gogs.feedback.BuildReport;
import io.jenkins.plugins.gogs.feedback.BuildStatus;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.PullRequestSCMRevision;
import jenkins.branch.MultiBranchProject;
import jenkins.model.Jenkins;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A build as a pull request shows it, read from Jenkins without asking Gogs. */
@Restricted(NoExternalUse.class)
final class RunReports {

    private RunReports() {}

    static BuildReport of(Run<?, ?> run, GogsSCMSource source, SCMHead head, boolean completed) {
        Result result = run.getResult();
        BuildStatus status = completed
                ? BuildStatus.ofResult(result == null ? Result.FAILURE.toString() : result.toString())
                : BuildStatus.RUNNING;
        String commit = commit(run, source);
        String root = Jenkins.get().getRootUrl();
        String buildUrl = root == null ? null : root + run.getUrl();
        long started = run.getStartTimeInMillis() > 0 ? run.getStartTimeInMillis() : run.getTimeInMillis();
        long duration = !completed
                ? -1
                : run.getDuration() > 0 ? run.getDuration() : Math.max(0, System.currentTimeMillis() - started);
        return new BuildReport(
                head.getName(),
                run.getNumber(),
                status,
                commit,
                commit == null ? null : new RepositoryLinks(source.webUrl()).commit(commit),
                duration,
                buildUrl,
                buildUrl == null ? null : buildUrl + "console",
                status == BuildStatus.FAILURE ? FailingStage.of(run) : null,
                started);
    }

    /**
     * The commit the build built; before a Pipeline has looked its revision up (at start), the one branch indexing
     * last scheduled it for, which is what it is about to build in all but a race with a push.
     */
    private static String commit(Run<?, ?> run, GogsSCMSource source) {
        SCMRevision revision = SCMRevisionAction.getRevision(source, run);
        if (revision == null) {
            revision = lastScheduled(run.getParent());
        }
        if (revision instanceof PullRequestSCMRevision pr) {
            return pr.getPullHash();
        }
        if (revision instanceof AbstractGitSCMSource.SCMRevisionImpl git) {
            return git.getHash();
        }
        return null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"}) // the project's type parameters are not known here
    private static SCMRevision lastScheduled(Job<?, ?> job) {
        ItemGroup<?> parent = job.getParent();
        if (parent instanceof MultiBranchProject project) {
            return project.getProjectFactory().getRevision(job);
        }
        return null;
    }
}
