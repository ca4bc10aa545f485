package io.jenkins.plugins.gogs.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Result;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.Secret;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The Gogs access token credential in Jenkins: found as a secret text and as a username with password, bound by
 * {@code withCredentials} both ways, and edited through its form. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class GogsAccessTokenTest {

    private static final String ID = "gogs-bot";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String STORE = "credentials/store/system/domain/_/";

    private JenkinsRule j;

    @BeforeEach
    void store(JenkinsRule rule) throws Exception {
        j = rule;
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new GogsAccessToken(
                        CredentialsScope.GLOBAL, ID, "token of jenkins-bot", "jenkins-bot", Secret.fromString(TOKEN)));
        SystemCredentialsProvider.getInstance().save();
    }

    @Test
    void isFoundAsASecretTextAndAsAUsernameWithPasswordHoldingTheSameToken() {
        StringCredentials text = CredentialsProvider.findCredentialByIdInItemGroup(
                ID, StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        StandardUsernamePasswordCredentials login = CredentialsProvider.findCredentialByIdInItemGroup(
                ID, StandardUsernamePasswordCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());

        assertThat(text).isNotNull().isSameAs(login);
        assertThat(text.getSecret().getPlainText()).isEqualTo(TOKEN);
        assertThat(login.getUsername()).isEqualTo("jenkins-bot");
        assertThat(login.getPassword().getPlainText()).isEqualTo(TOKEN);
        assertThat(login.isUsernameSecret()).isFalse();
    }

    @Test
    void withCredentialsBindsItAsASecretTextAndAsAUsernameWithPassword() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bindings");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  withCredentials([string(credentialsId: 'gogs-bot', variable: 'TOKEN'),
                                   usernamePassword(credentialsId: 'gogs-bot', usernameVariable: 'GOGS_USER',
                                                    passwordVariable: 'GOGS_PASSWORD')]) {
                    echo "user: ${GOGS_USER}"
                    echo "token: ${TOKEN}"
                    echo "same token both ways: ${TOKEN == GOGS_PASSWORD}"
                  }
                }
                """, true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("user: jenkins-bot", run);
        j.assertLogContains("token: ****", run);
        j.assertLogContains("same token both ways: true", run);
        j.assertLogNotContains(TOKEN, run);
    }

    @Test
    void theEditFormShowsTheUserAndKeepsTheTokenUnlessItIsRetyped() throws Exception {
        JenkinsRule.WebClient browser = j.createWebClient();
        HtmlPage dialog = browser.goTo(STORE + "credential/" + ID + "/updateDialog");
        HtmlForm form = dialog.getFormByName("updateCredentials");
        String username = form.getInputByName("_.username").getValue();
        String tokenField = form.getInputByName("_.token").getValue();

        assertThat(username).isEqualTo("jenkins-bot");
        assertThat(tokenField).as("sent back encrypted").isNotEqualTo(TOKEN);
        assertThat(dialog.getWebResponse().getContentAsString()).doesNotContain(TOKEN);

        JSONObject submitted = new JSONObject()
                .element("stapler-class", GogsAccessToken.class.getName())
                .element("scope", "GLOBAL")
                .element("id", ID)
                .element("description", "renamed")
                .element("username", username)
                .element("token", tokenField);
        WebResponse response = post(browser, STORE + "credential/" + ID + "/updateSubmit", submitted);

        assertThat(response.getStatusCode()).isLessThan(400);
        GogsAccessToken saved = stored(ID);
        assertThat(saved.getDescription()).isEqualTo("renamed");
        assertThat(saved.getUsername()).isEqualTo("jenkins-bot");
        assertThat(saved.getToken().getPlainText()).isEqualTo(TOKEN);
    }

    @Test
    void theNewCredentialFormBindsEveryFieldAndTrimsAPastedToken() throws Exception {
        JSONObject submitted = new JSONObject()
                .element(
                        "credentials",
                        new JSONObject()
                                .element("stapler-class", GogsAccessToken.class.getName())
                                .element("scope", "GLOBAL")
                                .element("id", "typed")
                                .element("description", "typed in the form")
                                .element("username", " alice ")
                                .element("token", TOKEN + "\n"));

        WebResponse response = post(j.createWebClient(), STORE + "createCredentials", submitted);

        assertThat(response.getStatusCode()).isLessThan(400);
        GogsAccessToken created = stored("typed");
        assertThat(created.getUsername()).isEqualTo("alice");
        assertThat(created.getToken().getPlainText()).isEqualTo(TOKEN);
        assertThat(created.getScope()).isEqualTo(CredentialsScope.GLOBAL);
        assertThat(created.getDescription()).isEqualTo("typed in the form");
    }

    @Test
    void theFormChecksWhatWasTypedAndNeverReadsAStoredToken() {
        GogsAccessToken.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(GogsAccessToken.DescriptorImpl.class);

        assertThat(descriptor.doCheckUsername("alice").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckUsername("").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckUsername("alice:x").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckToken(TOKEN).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckToken("").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckToken("0123 4567").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckToken("ghp_notagogstoken").kind).isEqualTo(FormValidation.Kind.WARNING);
        String encryptedBadToken = Secret.fromString("not a token at all").getEncryptedValue();
        assertThat(descriptor.doCheckToken(encryptedBadToken).kind)
                .as("an encrypted value is not decrypted, so the answer tells nothing about it")
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.getDisplayName()).isEqualTo("Gogs access token");
    }

    @Test
    void withoutAUsernameTheCredentialStillBinds() throws Exception {
        // an empty username is allowed (the form only warns about it); withCredentials leaves an empty variable
        // unset (EnvVars.override drops empty values), so the script reads it through env, where unset is null
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new GogsAccessToken(CredentialsScope.GLOBAL, "nameless", "", null, Secret.fromString(TOKEN)));
        WorkflowJob job = j.createProject(WorkflowJob.class, "nameless");
        job.setDefinition(new CpsFlowDefinition(
                "node { withCredentials([usernamePassword(credentialsId: 'nameless', usernameVariable: 'U', "
                        + "passwordVariable: 'P')]) { echo \"user: [${env.U ?: ''}] token bound: ${env.P != null}\" } }",
                true));

        WorkflowRun run = j.buildAndAssertStatus(Result.SUCCESS, job);

        j.assertLogContains("user: [] token bound: true", run);
    }

    private static GogsAccessToken stored(String id) {
        return SystemCredentialsProvider.getInstance().getCredentials().stream()
                .filter(c -> c instanceof GogsAccessToken t && t.getId().equals(id))
                .map(GogsAccessToken.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Gogs access token " + id));
    }

    /** Posts a form as the browser's form submission does: the {@code json} field, with a crumb. */
    private static WebResponse post(JenkinsRule.WebClient browser, String path, JSONObject json) throws Exception {
        browser.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(browser.createCrumbedUrl(path), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("json", json.toString())));
        return browser.getPage(request).getWebResponse();
    }
}
