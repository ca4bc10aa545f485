// Source: jenkinsci/configuration-as-code-plugin test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredRule.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

public class JenkinsConfiguredRule extends JenkinsRule {
}
