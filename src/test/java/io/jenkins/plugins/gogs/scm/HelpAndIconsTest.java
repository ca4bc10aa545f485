package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The help a user gets for the behaviours of a source and a folder and for each fork trust policy, and the icons
 * of the source and the folder: plugin symbols ({@code symbol-<name> plugin-gogs}), which Jenkins reads from
 * {@code images/symbols/<name>.svg} of the plugin. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class HelpAndIconsTest {

    private static final Pattern SYMBOL = Pattern.compile("symbol-(\\S+) plugin-gogs");

    @Test
    void theBehavioursOfASourceAndAFolderHaveHelp(JenkinsRule j) throws Exception {
        // getHelpFile looks the help up as the current request's views: ask it inside one
        String source = j.executeOnServer(() -> j.jenkins
                .getDescriptorByType(GogsSCMSource.DescriptorImpl.class)
                .getHelpFile("traits"));
        String navigator = j.executeOnServer(() -> j.jenkins
                .getDescriptorByType(GogsSCMNavigator.DescriptorImpl.class)
                .getHelpFile("traits"));

        assertThat(source).isNotNull();
        assertThat(navigator).isNotNull().isNotEqualTo(source);
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            assertThat(web.goTo(source.substring(1), null).getWebResponse().getContentAsString())
                    .contains("What this source discovers");
            assertThat(web.goTo(navigator.substring(1), null).getWebResponse().getContentAsString())
                    .contains("Which of the owner's repositories become projects");
        }
    }

    @Test
    void eachForkTrustPolicyHasHelp(JenkinsRule j) throws Exception {
        List<Descriptor<?>> policies = List.of(
                j.jenkins.getDescriptorByType(GogsForkPullRequestDiscoveryTrait.TrustNobody.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(
                        GogsForkPullRequestDiscoveryTrait.TrustCollaborators.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(GogsForkPullRequestDiscoveryTrait.TrustEveryone.DescriptorImpl.class));

        List<String> helpFiles = j.executeOnServer(
                () -> policies.stream().map(Descriptor::getHelpFile).toList());

        assertThat(helpFiles).doesNotContainNull().doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void theSourceAndTheFolderShowTheirOwnSymbols(JenkinsRule j) throws Exception {
        String source = j.jenkins
                .getDescriptorByType(GogsSCMSource.DescriptorImpl.class)
                .getIconClassName();
        String navigator = j.jenkins
                .getDescriptorByType(GogsSCMNavigator.DescriptorImpl.class)
                .getIconClassName();

        assertThat(svgOf(source)).contains("Gogs repository");
        assertThat(svgOf(navigator)).contains("Gogs organization");
    }

    private static String svgOf(String iconClassName) throws Exception {
        assertThat(iconClassName).isNotNull();
        Matcher symbol = SYMBOL.matcher(iconClassName);
        assertThat(symbol.matches()).as(iconClassName).isTrue();
        try (InputStream svg =
                HelpAndIconsTest.class.getResourceAsStream("/images/symbols/" + symbol.group(1) + ".svg")) {
            assertThat(svg).as("the symbol's file").isNotNull();
            String text = new String(svg.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("<svg");
            return text;
        }
    }
}
