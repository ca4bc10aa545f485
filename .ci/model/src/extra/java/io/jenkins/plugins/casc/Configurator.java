// Source: jenkinsci/configuration-as-code-plugin plugin/src/main/java/io/jenkins/plugins/casc/Configurator.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc;

public interface Configurator<T> {
}
