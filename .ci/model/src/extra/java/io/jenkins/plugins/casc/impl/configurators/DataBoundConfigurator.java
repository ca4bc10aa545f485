// Source: jenkinsci/configuration-as-code-plugin plugin/src/main/java/io/jenkins/plugins/casc/impl/configurators/DataBoundConfigurator.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.impl.configurators;

import io.jenkins.plugins.casc.BaseConfigurator;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.model.Mapping;

public class DataBoundConfigurator<T> extends BaseConfigurator<T> {
    public DataBoundConfigurator(Class<T> clazz) {
        super();
        throw new UnsupportedOperationException();
    }

    @Override
    protected T instance(Mapping config, ConfigurationContext context) throws ConfiguratorException {
        throw new UnsupportedOperationException();
    }
}
