// Source: jenkinsci/configuration-as-code-plugin test-harness/src/main/java/io/jenkins/plugins/casc/misc/Util.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.misc;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import java.io.IOException;
import java.net.URISyntaxException;

public class Util {
    public static Mapping getUnclassifiedRoot(ConfigurationContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    public static String toYamlString(CNode rootNode) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static String toStringFromYamlFile(Object clazz, String resourcePath) throws URISyntaxException {
        throw new UnsupportedOperationException();
    }
}
