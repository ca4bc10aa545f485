package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import io.jenkins.plugins.gogs.fixture.GogsOrganization;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import jenkins.branch.OrganizationFolder;
import jenkins.scm.api.trait.SCMTrait;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** An organization folder finds the repositories of a real Gogs organization that have a Jenkinsfile. */
@WithJenkins
@Tag("needs-jenkins")
@RealGogs
class GogsOrganizationFolderTest {

    @Test
    void findsTheRepositoriesWithAJenkinsfileAndLeavesOutForks(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsOrganization org = gogs.createOrganization("team", alice);
        GogsRepository app = org.createRepository("app").publicRepo().withInitialCommit();
        app.pushFile("master", "Jenkinsfile", "echo 'app built'\n");
        GogsRepository lib = org.createRepository("lib").publicRepo().withInitialCommit();
        lib.pushFile("master", "Jenkinsfile", "echo 'lib built'\n");
        org.createRepository("docs").publicRepo().withInitialCommit();
        org.createRepository("nothing-yet").empty();
        JenkinsGogs.configure(gogs, alice);

        OrganizationFolder folder = j.createProject(OrganizationFolder.class, "team");
        GogsSCMNavigator navigator = new GogsSCMNavigator(gogs.url(), org.name());
        navigator.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        navigator.setTraits(List.<SCMTrait<? extends SCMTrait<?>>>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES),
                new GogsExcludeEmptyRepositoriesTrait()));
        folder.getNavigators().add(navigator);
        folder.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();

        assertThat(folder.getItem("app")).isNotNull();
        assertThat(folder.getItem("lib")).isNotNull();
        assertThat(folder.getItem("docs")).as("no Jenkinsfile anywhere").isNull();
        assertThat(folder.getItem("nothing-yet")).as("empty, excluded").isNull();
        assertThat(folder.getItem("app").getItem("master")).isNotNull();
    }
}
