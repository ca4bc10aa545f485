package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.scm.api.SCMRevision;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A shared library from Gogs ({@code library ... retriever: modernSCM(gogs(...))}) is a source without an owner:
 * the library plugin asks for a version with {@code fetch(name, listener, context)}, the context being the job that
 * loads it. Its credential may live in the job's folder, so the lookup must go through the context. The folder here
 * is a multibranch project (a folder with its own credentials store). Runs only in the real build.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class RetrieveContextTest {

    private static final String FOLDER_CREDENTIAL = "team-gogs-token";

    @Test
    void aVersionAndTheVersionListAreFoundWithTheCredentialOfTheContextsFolder(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository library = alice.createRepository("library").privateRepo().withInitialCommit();
        String master = library.pushFile("master", "vars/hello.groovy", "def call() { echo 'hello' }\n");
        GogsConfiguration.get().setServers(List.of(new io.jenkins.plugins.gogs.config.GogsServer(gogs.url())));
        WorkflowMultiBranchProject team = j.jenkins.createProject(WorkflowMultiBranchProject.class, "team");
        folderStore(team)
                .addCredentials(
                        Domain.global(),
                        new StringCredentialsImpl(
                                CredentialsScope.GLOBAL,
                                FOLDER_CREDENTIAL,
                                "alice's token, for the team folder only",
                                Secret.fromString(alice.token())));
        GogsSCMSource source = new GogsSCMSource(gogs.url(), alice.name(), library.name());
        source.setCredentialsId(FOLDER_CREDENTIAL);
        source.setTraits(List.of(new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES)));

        SCMRevision version = source.fetch("master", TaskListener.NULL, team);

        assertThat(version)
                .isInstanceOfSatisfying(
                        AbstractGitSCMSource.SCMRevisionImpl.class,
                        revision -> assertThat(revision.getHash()).isEqualTo(master));
        assertThat(source.fetchRevisions(TaskListener.NULL, team)).contains("master");
        GitSCM checkout = (GitSCM) source.build(version.getHead(), version);
        assertThat(checkout.getUserRemoteConfigs())
                .as("git resolves the id for the build that loads the library")
                .extracting(UserRemoteConfig::getCredentialsId)
                .containsExactly(FOLDER_CREDENTIAL);
        assertThatThrownBy(() -> source.fetch("master", TaskListener.NULL, null))
                .as("without the context, Jenkins' own store has no such credential")
                .isInstanceOf(AbortException.class)
                .hasMessageContaining(FOLDER_CREDENTIAL);
    }

    private static CredentialsStore folderStore(WorkflowMultiBranchProject folder) {
        for (CredentialsStore store : CredentialsProvider.lookupStores(folder)) {
            if (store.getContext() == folder) {
                return store;
            }
        }
        throw new AssertionError("no credentials store of " + folder.getFullName());
    }
}
