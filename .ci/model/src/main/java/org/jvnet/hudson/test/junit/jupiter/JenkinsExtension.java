// Source: jenkinsci/jenkins-test-harness src/main/java/org/jvnet/hudson/test/junit/jupiter/JenkinsExtension.java @ 96b52f4248886b9bdd7015095e1de83d8e0b7599
package org.jvnet.hudson.test.junit.jupiter;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

// No behaviour here: a test that reaches it without a real Jenkins fails with UnsupportedOperationException.
public class JenkinsExtension implements ParameterResolver, AfterEachCallback {
    @Override
    public void afterEach(@NonNull ExtensionContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean supportsParameter(@NonNull ParameterContext parameterContext, @NonNull ExtensionContext extensionContext) throws ParameterResolutionException {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object resolveParameter(@NonNull ParameterContext parameterContext, @NonNull ExtensionContext extensionContext) throws ParameterResolutionException {
        throw new UnsupportedOperationException();
    }
}
