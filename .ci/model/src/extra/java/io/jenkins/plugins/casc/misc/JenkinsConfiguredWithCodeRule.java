// Source: jenkinsci/configuration-as-code-plugin test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredWithCodeRule.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.misc;

public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {
}
