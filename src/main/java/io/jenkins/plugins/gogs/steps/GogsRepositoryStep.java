package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.gogs.issues.GogsIssues;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step on the issues of one Gogs repository. Every such step takes {@code server} (name or URL),
 * {@code repository} ({@code owner/name}) and {@code credentialsId}, all optional: when left out they come from the
 * job's Gogs branch source or the only configured server (see {@link StepTargets}).
 *
 * <p>Its resource folder holds the help of the fields several steps share ({@code number}, {@code labels},
 * {@code createLabels}, {@code labelColor}, {@code assignee}, {@code milestone}, besides its own three), written once:
 * Jenkins (a form's help links) and the Pipeline steps reference (structs) look a field's {@code help-<field>.html} up
 * in the step's class first, then in its superclasses. A step whose field means something else ({@code gogsIssues}'
 * filters, the labels of {@code gogsUpdateIssue} and {@code gogsRemoveLabels}) has its own file, which is found first.
 */
@Restricted(NoExternalUse.class)
public abstract class GogsRepositoryStep extends Step {

    private String server;
    private String repository;
    private String credentialsId;

    @CheckForNull
    public String getServer() {
        return server;
    }

    @DataBoundSetter
    public void setServer(String server) {
        this.server = Util.fixEmptyAndTrim(server);
    }

    @CheckForNull
    public String getRepository() {
        return repository;
    }

    @DataBoundSetter
    public void setRepository(String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new GogsStepExecution(this, context);
    }

    /**
     * Checks the step's arguments and returns what to do; called before any request, so that a bad argument fails
     * without touching Gogs.
     *
     * @throws IllegalArgumentException with a sentence for the pipeline author
     */
    abstract Work prepare();

    /** The step's work on the resolved repository; returns the step's value (plain maps, lists, strings). */
    @FunctionalInterface
    interface Work {
        Object run(GogsIssues issues);
    }
}
