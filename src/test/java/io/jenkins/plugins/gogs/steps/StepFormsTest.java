package io.jenkins.plugins.gogs.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.ExtensionList;
import hudson.model.AbstractProject;
import hudson.model.FreeStyleProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The eight step forms as Jenkins renders them (in a freestyle project's configuration, as the snippet generator
 * would show them): every field, the shared server/repository/credentials tag's included, links to help that loads
 * (the step's own file, else the shared one of {@code GogsRepositoryStep}), and every value survives saving the
 * form. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class StepFormsTest {

    @Test
    void everyStepFormBindsEveryFieldAndServesItsHelp(JenkinsRule j) throws Exception {
        GogsServer server = new GogsServer("https://gogs.example.com");
        server.setDisplayName("main");
        GogsConfiguration.get().setServers(List.of(server));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "gogs-token", "a token", Secret.fromString("0123456789abcdef")));

        List<Step> steps = everyStepWithEveryFieldSet();
        assertThat(steps.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(StepForms.stepClasses());
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            for (Step step : steps) {
                FreeStyleProject project = j.createFreeStyleProject();
                project.getBuildersList().add(new StepHolder(step));
                HtmlPage form = web.getPage(project, "configure");
                String helpOfStep = "/descriptor/" + step.getDescriptor().getId() + "/help";

                List<String> links = helpLinks(form, helpOfStep);
                j.submit(form.getFormByName("config"));

                String name = step.getClass().getSimpleName();
                Set<String> fields = new HashSet<>();
                for (String link : links) {
                    Page help = web.getPage(new URL(j.getURL(), link));
                    assertThat(help.getWebResponse().getStatusCode()).as(link).isEqualTo(200);
                    String served = help.getWebResponse().getContentAsString().strip();
                    if (link.endsWith(helpOfStep)) {
                        assertThat(served).as(link).isNotEmpty();
                    } else {
                        String field = link.substring(link.lastIndexOf('/') + 1);
                        fields.add(field);
                        assertThat(served)
                                .as(name + " help of " + field)
                                .isEqualTo(StepForms.read(StepForms.helpFile(step.getClass(), field))
                                        .strip());
                    }
                }
                assertThat(links).as(name + ": the step's own help").anyMatch(l -> l.endsWith(helpOfStep));
                assertThat(fields)
                        .as(name + ": fields with help")
                        .containsExactlyInAnyOrderElementsOf(StepForms.fields(step.getClass()));
                Step after = project.getBuildersList().get(StepHolder.class).getStep();
                j.assertEqualDataBoundBeans(step, after);
            }
        }
    }

    /** The help links of the step's form (its own and its fields'), as paths from the server's root. */
    private static List<String> helpLinks(HtmlPage page, String helpOfStep) {
        List<String> links = new ArrayList<>();
        for (DomNode node : page.querySelectorAll("a.jenkins-help-button")) {
            String url = ((DomElement) node).getAttribute("helpURL");
            if (url.endsWith(helpOfStep) || url.contains(helpOfStep + "/")) {
                links.add(url);
            }
        }
        return links;
    }

    /** Each step once with every field set (and one with nothing but its flags, the server left to the job). */
    private static List<Step> everyStepWithEveryFieldSet() {
        GogsIssuesStep issues = new GogsIssuesStep();
        issues.setState("closed");
        issues.setLabels("bug, ui");
        issues.setMilestone("v1");
        issues.setAssignee("alice");
        issues.setAuthor("bob");
        issues.setSince("2026-01-31");
        issues.setSearch("crash");
        issues.setLimit(5);
        GogsIssueStep issue = new GogsIssueStep(5);
        issue.setComments(true);
        GogsCreateIssueStep create = new GogsCreateIssueStep("Build broke");
        create.setBody("See the log\nand the stage view");
        create.setLabels(List.of("bug", "ui"));
        create.setMilestone("v1");
        create.setAssignee("alice");
        create.setCreateLabels(true);
        create.setLabelColor("#00aa00");
        GogsUpdateIssueStep update = new GogsUpdateIssueStep(7);
        update.setTitle("Build broke on main");
        update.setBody("Still broken");
        update.setState("closed");
        update.setAssignee("bob");
        update.setMilestone("v2");
        update.setLabels("bug");
        update.setCreateLabels(true);
        update.setLabelColor("#123456");
        GogsCloseIssueStep close = new GogsCloseIssueStep(3);
        close.setComment("Fixed");
        GogsCommentStep comment = new GogsCommentStep(4, "Still failing");
        GogsAddLabelsStep add = new GogsAddLabelsStep(5, List.of("flaky"));
        add.setCreateLabels(true);
        add.setLabelColor("#e11d21");
        GogsRemoveLabelsStep remove = new GogsRemoveLabelsStep(6, "needs-triage");
        List<GogsRepositoryStep> targeted = List.of(issues, issue, create, update, close, comment, add, remove);
        for (GogsRepositoryStep step : targeted) {
            step.setServer("main");
            step.setRepository("alice/hello");
            step.setCredentialsId("gogs-token");
        }
        GogsUpdateIssueStep flags = new GogsUpdateIssueStep(8);
        flags.setUnassign(true);
        flags.setRemoveMilestone(true);
        List<Step> steps = new ArrayList<>(targeted);
        steps.add(flags);
        return steps;
    }

    /** A build step that holds one pipeline step, so that the step's form is part of a job's configuration. */
    public static final class StepHolder extends Builder {

        private final Step step;

        @DataBoundConstructor
        public StepHolder(Step step) {
            this.step = step;
        }

        public Step getStep() {
            return step;
        }

        @TestExtension
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

            @Override
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }

            /** The choices of the holder's form: the eight Gogs steps. */
            public List<GogsStepDescriptor> getGogsSteps() {
                return ExtensionList.lookup(GogsStepDescriptor.class);
            }
        }
    }
}
