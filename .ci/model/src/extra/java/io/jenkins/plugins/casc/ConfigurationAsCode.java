// Source: jenkinsci/configuration-as-code-plugin plugin/src/main/java/io/jenkins/plugins/casc/ConfigurationAsCode.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.ManagementLink;
import java.io.OutputStream;

public class ConfigurationAsCode extends ManagementLink {
    public ConfigurationAsCode() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }

    public void export(OutputStream out) throws Exception {
        throw new UnsupportedOperationException();
    }

    public static ConfigurationAsCode get() {
        throw new UnsupportedOperationException();
    }
}
