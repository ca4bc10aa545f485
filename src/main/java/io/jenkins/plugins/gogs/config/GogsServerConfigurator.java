package io.jenkins.plugins.gogs.config;

import hudson.Extension;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.impl.configurators.DataBoundConfigurator;
import io.jenkins.plugins.casc.model.Mapping;
import java.lang.reflect.InvocationTargetException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * JCasC's configurator of a {@code servers:} entry: the generic one for data-bound classes, except that a bad URL
 * fails with the plugin's own sentence. The generic configurator reports any exception of a constructor or setter
 * as "Failed to construct instance of ..." or "Failed to set attribute ...", with the reason only deep in the
 * stack trace; JCasC's error page and the start-up log show the message, so the message is the reason here.
 * Loaded only where the configuration-as-code plugin is installed.
 */
@Extension(optional = true)
@Restricted(NoExternalUse.class)
public class GogsServerConfigurator extends DataBoundConfigurator<GogsServer> {

    public GogsServerConfigurator() {
        super(GogsServer.class);
    }

    @Override
    protected GogsServer instance(Mapping config, ConfigurationContext context) throws ConfiguratorException {
        try {
            return super.instance(config, context);
        } catch (ConfiguratorException e) {
            throw withTheReason(e);
        }
    }

    @Override
    protected void configure(Mapping config, GogsServer instance, boolean dryrun, ConfigurationContext context)
            throws ConfiguratorException {
        try {
            super.configure(config, instance, dryrun, context);
        } catch (ConfiguratorException e) {
            throw withTheReason(e);
        }
    }

    /** The sentence a {@link GogsServer} constructor or setter refused the value with, else the exception as is. */
    private ConfiguratorException withTheReason(ConfiguratorException e) {
        if (e.getCause() instanceof InvocationTargetException call
                && call.getCause() instanceof IllegalArgumentException refused
                && refused.getMessage() != null) {
            return new ConfiguratorException(this, refused.getMessage(), refused);
        }
        return e;
    }
}
