package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.HashMap;
import java.util.Map;
import jenkins.branch.BranchSource;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The repository drop-down of the source form: Jenkins refills a drop-down whenever a field it depends on changes,
 * so it must not depend on itself (every pick would ask Gogs again), and it keeps the saved repository even when
 * Gogs does not list it (opening and saving the form must not change the repository). Runs only in the real build.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class RepositoryDropDownTest {

    @Test
    void theDropDownIsRefilledByServerCredentialsAndOwnerButNotByItsOwnValue(JenkinsRule j) throws Exception {
        GogsSCMSource.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(GogsSCMSource.DescriptorImpl.class);

        Object dependsOn = j.executeOnServer(() -> {
            Map<String, Object> attributes = new HashMap<>();
            descriptor.calcFillSettings("repository", attributes);
            return attributes.get("fillDependsOn");
        });

        assertThat(dependsOn).isEqualTo("serverUrl credentialsId repoOwner");
    }

    @Test
    void theSavedRepositoryStaysAChoiceWhenGogsDoesNotListIt(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository app = alice.createRepository("app").withInitialCommit();
        JenkinsGogs.configure(gogs, alice);
        WorkflowMultiBranchProject project = j.jenkins.createProject(WorkflowMultiBranchProject.class, "p");
        GogsSCMSource saved = new GogsSCMSource(gogs.url(), alice.name(), "renamed-away");
        saved.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        project.getSourcesList().add(new BranchSource(saved));
        GogsSCMSource.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(GogsSCMSource.DescriptorImpl.class);

        ListBoxModel inProject =
                descriptor.doFillRepositoryItems(project, gogs.url(), JenkinsGogs.CREDENTIALS_ID, alice.name());
        ListBoxModel otherOwner =
                descriptor.doFillRepositoryItems(project, gogs.url(), JenkinsGogs.CREDENTIALS_ID, "someone-else");

        assertThat(inProject).extracting(option -> option.value).containsExactly("renamed-away", app.name());
        assertThat(otherOwner).extracting(option -> option.value).doesNotContain("renamed-away");
    }
}
