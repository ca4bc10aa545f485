package io.jenkins.plugins.gogs.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Result;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Every issue step in a scripted and in a declarative pipeline, against a real Gogs, with the server and the token
 * configured as an admin would; and the errors a pipeline author sees. The logic is tested in the issues core; this
 * checks the wiring (argument binding, return values in CPS, credentials for the run, AbortException).
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class IssueStepsPipelineTest {

    private JenkinsRule j;
    private GogsUser alice;
    private GogsUser bob;
    private GogsRepository repo;

    @BeforeEach
    void configure(JenkinsRule rule, io.jenkins.plugins.gogs.fixture.GogsServer gogs) throws Exception {
        j = rule;
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        repo = alice.createRepository("hello").withInitialCommit();
        repo.addCollaborator(bob, "write");
        repo.createLabel("bug", "#ee0701");
        repo.createMilestone("v1");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "gogs-token", "alice's token", Secret.fromString(alice.token())));
        SystemCredentialsProvider.getInstance().save();
        GogsServer server = new GogsServer(gogs.url());
        server.setCredentialsId("gogs-token");
        GogsConfiguration.get().setServers(List.of(server));
    }

    private WorkflowRun run(String script, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, job);
    }

    private String repository() {
        return alice.name() + "/" + repo.name();
    }

    private JsonNode stored(long number) {
        return alice.get(repo.apiPath() + "/issues/" + number);
    }

    @Test
    void everyStepInAScriptedPipeline() throws Exception {
        String r = "repository: '" + repository() + "'";
        WorkflowRun run = run("""
                def created = gogsCreateIssue(%1$s, title: 'Build broke', body: 'See the log', labels: ['bug'], milestone: 'v1')
                echo "created #${created.number} labels=${created.labels} milestone=${created.milestone}"
                def found = gogsIssues(%1$s, state: 'all', labels: ['bug'], milestone: 'v1')
                echo "found=${found.collect { it.number }}"
                gogsComment(%1$s, number: created.number, body: 'Looking into it')
                echo "added=${gogsAddLabels(%1$s, number: created.number, labels: ['flaky'], createLabels: true)}"
                echo "removed=${gogsRemoveLabels(%1$s, number: created.number, labels: 'bug')}"
                def updated = gogsUpdateIssue(%1$s, number: created.number, title: 'Build broke on master', assignee: '%2$s')
                echo "updated title=${updated.title} assignee=${updated.assignee}"
                def closed = gogsCloseIssue(%1$s, number: created.number, comment: 'Fixed in the next build')
                echo "closed state=${closed.state}"
                def read = gogsIssue(%1$s, number: created.number, comments: true)
                echo "read comments=${read.commentList.collect { it.body }}"
                """.formatted(r, bob.name()), Result.SUCCESS);

        j.assertLogContains("created #1 labels=[bug] milestone=v1", run);
        j.assertLogContains("found=[1]", run);
        j.assertLogContains("added=[bug, flaky]", run);
        j.assertLogContains("removed=[flaky]", run);
        j.assertLogContains("updated title=Build broke on master assignee=" + bob.name(), run);
        j.assertLogContains("closed state=closed", run);
        j.assertLogContains("read comments=[Looking into it, Fixed in the next build]", run);
        assertThat(stored(1).path("state").asText()).isEqualTo("closed");
        assertThat(StreamSupport.stream(stored(1).path("labels").spliterator(), false)
                        .map(l -> l.path("name").asText()))
                .containsExactly("flaky");
    }

    @Test
    void everyStepInADeclarativePipeline() throws Exception {
        String r = "repository: '" + repository() + "'";
        WorkflowRun run = run("""
                pipeline {
                    agent none
                    stages {
                        stage('Report') {
                            steps {
                                gogsCreateIssue(%1$s, title: 'Nightly failed', labels: 'bug')
                                gogsComment(%1$s, number: 1, body: 'Still failing')
                                gogsAddLabels(%1$s, number: 1, labels: 'nightly', createLabels: true, labelColor: '#00aa00')
                                gogsRemoveLabels(%1$s, number: 1, labels: 'bug')
                                gogsUpdateIssue(%1$s, number: 1, milestone: 'v1')
                                script {
                                    def open = gogsIssues(%1$s, labels: 'nightly', limit: 5)
                                    echo "open=${open.collect { it.title }}"
                                    echo "one=${gogsIssue(%1$s, number: 1).milestone}"
                                }
                                gogsCloseIssue(%1$s, number: 1)
                            }
                        }
                    }
                }
                """.formatted(r), Result.SUCCESS);

        j.assertLogContains("open=[Nightly failed]", run);
        j.assertLogContains("one=v1", run);
        assertThat(stored(1).path("state").asText()).isEqualTo("closed");
        assertThat(stored(1).path("comments").asInt()).isEqualTo(1);
    }

    @Test
    void theOnlyServerAndItsCredentialsAreUsedWhenNoneIsNamed() throws Exception {
        repo.createIssue("Existing").open();

        WorkflowRun run = run(
                "echo \"titles=${gogsIssues(repository: '" + repository() + "').collect { it.title }}\"",
                Result.SUCCESS);

        j.assertLogContains("gogsIssues: " + repository() + " on ", run);
        j.assertLogContains("with credentials 'gogs-token'", run);
        j.assertLogContains("titles=[Existing]", run);
    }

    @Test
    void aMissingRepositoryFailsTheBuildWithASentenceNotAStackTrace() throws Exception {
        WorkflowRun run = run("gogsIssues(repository: '" + alice.name() + "/nope')", Result.FAILURE);

        j.assertLogContains(
                "gogsIssues: repository " + alice.name() + "/nope not found or no access with credentials 'gogs-token'",
                run);
        j.assertLogNotContains("\tat io.jenkins.plugins.gogs", run);
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() throws Exception {
        WorkflowRun run = run("gogsIssues(repository: '" + repository() + "', state: 'opne')", Result.FAILURE);
        j.assertLogContains("gogsIssues: state must be open, closed or all, not 'opne'", run);

        WorkflowRun noRepository = run("gogsIssues()", Result.FAILURE);
        j.assertLogContains(
                "gogsIssues: repository is required: pass repository: 'owner/name' (this job has no Gogs"
                        + " branch source to take it from)",
                noRepository);

        WorkflowRun unknownMilestone = run(
                "gogsCreateIssue(repository: '" + repository() + "', title: 'Later', milestone: 'v2')", Result.FAILURE);
        j.assertLogContains(
                "gogsCreateIssue: no milestone titled 'v2' in " + repository() + " (milestones: v1)", unknownMilestone);

        WorkflowRun both =
                run("gogsIssues(repository: '" + repository() + "', state: 'opne', limit: -1)", Result.FAILURE);
        j.assertLogContains(
                "gogsIssues: state must be open, closed or all, not 'opne'; limit must be 0 (no limit) or more, not -1",
                both);
    }

    /** What docs/steps.md says a pipeline author sees for an argument of the wrong type: Pipeline's own message. */
    @Test
    void aLimitThatIsNotANumberFailsInPipelinesOwnCoercionBeforeTheStepRuns() throws Exception {
        WorkflowRun scripted = run("gogsIssues(repository: '" + repository() + "', limit: 'ten')", Result.FAILURE);
        j.assertLogContains(
                "GogsIssuesStep.setLimit() expects class java.lang.Integer but was unable to coerce the received value"
                        + " \"ten\" to that type",
                scripted);
        j.assertLogNotContains("gogsIssues: " + repository() + " on ", scripted); // the step never started

        WorkflowRun declarative = run("""
                pipeline {
                    agent none
                    stages {
                        stage('list') {
                            steps {
                                gogsIssues(repository: '%s', limit: 'ten')
                            }
                        }
                    }
                }
                """.formatted(repository()), Result.FAILURE);
        j.assertLogContains(
                "Expecting \"int\" for parameter \"limit\" but got \"ten\" of type class java.lang.String instead",
                declarative);

        WorkflowRun quotedNumber = run(
                "def found = gogsIssues(repository: '" + repository()
                        + "', limit: '1')\necho \"found ${found.size()}\"",
                Result.SUCCESS);
        j.assertLogContains("found 0", quotedNumber);
    }
}
