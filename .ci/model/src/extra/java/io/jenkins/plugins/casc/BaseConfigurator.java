// Source: jenkinsci/configuration-as-code-plugin plugin/src/main/java/io/jenkins/plugins/casc/BaseConfigurator.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc;

import io.jenkins.plugins.casc.model.Mapping;

public abstract class BaseConfigurator<T> implements Configurator<T> {
    public BaseConfigurator() {
        throw new UnsupportedOperationException();
    }

    protected abstract T instance(Mapping mapping, ConfigurationContext context) throws ConfiguratorException;

    protected void configure(Mapping config, T instance, boolean dryrun, ConfigurationContext context)
            throws ConfiguratorException {
        throw new UnsupportedOperationException();
    }
}
