// Source: jenkinsci/jenkins-test-harness src/main/java/org/jvnet/hudson/test/CaptureEnvironmentBuilder.java @ 96b52f4248886b9bdd7015095e1de83d8e0b7599
package org.jvnet.hudson.test;

import hudson.EnvVars;
import hudson.tasks.Builder;

public class CaptureEnvironmentBuilder extends Builder {
    public EnvVars getEnvVars() {
        throw new UnsupportedOperationException();
    }
}
