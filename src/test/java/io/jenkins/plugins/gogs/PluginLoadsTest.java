package io.jenkins.plugins.gogs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.PluginWrapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The packaged plugin starts inside a real Jenkins: if its classes, extensions or dependencies are broken, Jenkins
 * refuses to activate it and this test fails. It runs only in the real build ({@code pom.xml}).
 */
@WithJenkins
@Tag("needs-jenkins")
class PluginLoadsTest {

    @Test
    void jenkinsLoadsAndActivatesTheGogsPlugin(JenkinsRule j) {
        PluginWrapper plugin = j.jenkins.getPluginManager().getPlugin("gogs");

        assertThat(plugin).as("plugin 'gogs' installed in the test Jenkins").isNotNull();
        assertThat(plugin.getShortName()).isEqualTo("gogs");
        assertThat(plugin.isActive()).as("plugin 'gogs' active").isTrue();
    }
}
