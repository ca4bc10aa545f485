package io.jenkins.plugins.gogs.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.util.List;
import jenkins.branch.BranchSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMTrait;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The three feedback behaviours through a multibranch project's configuration form. Runs only in the real build. */
@WithJenkins
@Tag("needs-jenkins")
class FeedbackTraitsFormTest {

    @Test
    void everySettingSurvivesARoundTripThroughTheForm(JenkinsRule j) throws Exception {
        GogsConfiguration.get().setServers(List.of(new GogsServer("https://gogs.example.com")));
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "app");
        GogsSCMSource source = new GogsSCMSource("https://gogs.example.com", "team", "app");
        GogsBuildLabelsTrait labels = new GogsBuildLabelsTrait();
        labels.setPassing("ci: green");
        labels.setPassingColor("#00aa00");
        labels.setFailingColor("#aa0000");
        List<SCMSourceTrait> traits = List.of(
                new GogsBuildCommentsTrait(CommentScope.PULL_REQUESTS_AND_BRANCHES),
                labels,
                new GogsRebuildCommentTrait("ci again"));
        source.setTraits(traits);
        project.getSourcesList().add(new BranchSource(source));

        j.configRoundtrip(project);

        List<SCMSourceTrait> after = ((GogsSCMSource) project.getSCMSources().get(0)).getTraits();
        for (SCMSourceTrait trait : traits) {
            j.assertEqualDataBoundBeans(trait, SCMTrait.find(after, trait.getClass()));
        }
        GogsBuildLabelsTrait labelsAfter = SCMTrait.find(after, GogsBuildLabelsTrait.class);
        assertThat(labelsAfter.scheme().passing()).isEqualTo("ci: green");
        assertThat(labelsAfter.scheme().running()).isEqualTo("build: running");
        assertThat(SCMTrait.find(after, GogsRebuildCommentTrait.class).getPhrase())
                .isEqualTo("ci again");
    }
}
