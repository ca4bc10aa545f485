package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import io.jenkins.plugins.gogs.notify.GogsBuildLabelsTrait;
import java.util.LinkedHashMap;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Every field of the source, folder and trait forms whose help is shared with another field gets that one help file:
 * the help link Jenkins puts next to the field opens it (HTTP 200), and the fields that share it link to the same
 * page. The other fields of those forms keep their own help. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class FieldHelpTest {

    private JenkinsRule j;

    @BeforeEach
    void start(JenkinsRule j) {
        this.j = j;
    }

    @Test
    void theSourceAndTheFolderShareTheServerHelp() throws Exception {
        Descriptor<?> source = j.jenkins.getDescriptorOrDie(GogsSCMSource.class);
        Descriptor<?> folder = j.jenkins.getDescriptorOrDie(GogsSCMNavigator.class);

        String sourceHelp = helpUrl(source, "serverUrl");
        String folderHelp = helpUrl(folder, "serverUrl");

        assertThat(folderHelp).isEqualTo(sourceHelp);
        assertThat(page(folderHelp)).contains("The Gogs server, one of those configured");
    }

    @Test
    void bothPullRequestTraitsShareTheStrategyHelp() throws Exception {
        Descriptor<?> origin = j.jenkins.getDescriptorOrDie(GogsOriginPullRequestDiscoveryTrait.class);
        Descriptor<?> forks = j.jenkins.getDescriptorOrDie(GogsForkPullRequestDiscoveryTrait.class);

        String originHelp = helpUrl(origin, "strategyId");
        String forkHelp = helpUrl(forks, "strategyId");

        assertThat(forkHelp).isEqualTo(originHelp);
        assertThat(page(forkHelp)).contains("How each pull request is built");
    }

    @Test
    void theThreeLabelColoursShareOneHelp() throws Exception {
        Descriptor<?> labels = j.jenkins.getDescriptorOrDie(GogsBuildLabelsTrait.class);

        String running = helpUrl(labels, "runningColor");

        assertThat(helpUrl(labels, "passingColor")).isEqualTo(running);
        assertThat(helpUrl(labels, "failingColor")).isEqualTo(running);
        assertThat(page(running)).contains("The colour the label gets");
    }

    @Test
    void everyOtherFieldOfTheseFormsKeepsItsOwnHelp() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("credentialsId", "read the repository through the Gogs API");
        expected.put("repoOwner", "owns the repository");
        expected.put("repository", "The list shows the owner");
        expected.put("traits", "What this source discovers");
        assertHelp(j.jenkins.getDescriptorOrDie(GogsSCMSource.class), expected);

        expected.clear();
        expected.put("credentialsId", "read the owner's repositories through the Gogs API");
        expected.put("repoOwner", "whose repositories the folder holds");
        expected.put("traits", "Which of the owner's repositories become projects");
        assertHelp(j.jenkins.getDescriptorOrDie(GogsSCMNavigator.class), expected);

        expected.clear();
        expected.put("trust", "Whose pull requests may change the pipeline");
        assertHelp(j.jenkins.getDescriptorOrDie(GogsForkPullRequestDiscoveryTrait.class), expected);

        expected.clear();
        expected.put("running", "whose build is running");
        expected.put("passing", "whose build is passing");
        expected.put("failing", "whose build is failing");
        assertHelp(j.jenkins.getDescriptorOrDie(GogsBuildLabelsTrait.class), expected);
    }

    private void assertHelp(Descriptor<?> descriptor, Map<String, String> textByField) throws Exception {
        for (Map.Entry<String, String> field : textByField.entrySet()) {
            assertThat(page(helpUrl(descriptor, field.getKey())))
                    .as(descriptor.getId() + " " + field.getKey())
                    .contains(field.getValue());
        }
    }

    /** The URL the form links to; getHelpFile looks the file up among the current request's views. */
    private String helpUrl(Descriptor<?> descriptor, String field) throws Exception {
        String url = j.executeOnServer(() -> descriptor.getHelpFile(field));
        assertThat(url).as(descriptor.getId() + " " + field).isNotNull().startsWith("/");
        return url;
    }

    private String page(String helpUrl) throws Exception {
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            WebResponse response = web.goTo(helpUrl.substring(1), null).getWebResponse();
            assertThat(response.getStatusCode()).as(helpUrl).isEqualTo(200);
            return response.getContentAsString();
        }
    }
}
