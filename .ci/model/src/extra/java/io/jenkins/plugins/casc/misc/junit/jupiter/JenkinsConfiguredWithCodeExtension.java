// Source: jenkinsci/configuration-as-code-plugin test-harness/src/main/java/io/jenkins/plugins/casc/misc/junit/jupiter/JenkinsConfiguredWithCodeExtension.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.misc.junit.jupiter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

// No behaviour here: a test that reaches it without a real Jenkins fails with UnsupportedOperationException.
class JenkinsConfiguredWithCodeExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver, AfterEachCallback {
    @Override
    public void beforeAll(ExtensionContext extensionContext) throws Exception {
        throw new UnsupportedOperationException();
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) throws Exception {
        throw new UnsupportedOperationException();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) throws ParameterResolutionException {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) throws ParameterResolutionException {
        throw new UnsupportedOperationException();
    }
}
