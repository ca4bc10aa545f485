// Source: jenkinsci/configuration-as-code-plugin plugin/src/main/java/io/jenkins/plugins/casc/model/Mapping.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.model;

import java.util.HashMap;

public final class Mapping extends HashMap<String, CNode> implements CNode {
    public Mapping() {
        super();
        throw new UnsupportedOperationException();
    }

    public Mapping(int initialCapacity) {
        super(initialCapacity);
        throw new UnsupportedOperationException();
    }
}
