// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceDecorator.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import jenkins.scm.api.SCMSource;

public abstract class SCMSourceDecorator<B extends SCMSourceBuilder<B, S>, S extends SCMSource> {

    protected SCMSourceDecorator() {
        throw new UnsupportedOperationException();
    }

    protected SCMSourceDecorator(Class<B> builderClass) {
        throw new UnsupportedOperationException();
    }

    public final void applyTo(SCMSourceBuilder<?, ?> builder, String projectName) {
        throw new UnsupportedOperationException();
    }

    protected abstract void decorate(B builder, String projectName);
}
