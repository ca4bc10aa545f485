// Source: jenkinsci/lib-task-reactor src/main/java/org/jvnet/hudson/reactor/ReactorException.java @ task-reactor-1.9
package org.jvnet.hudson.reactor;

public class ReactorException extends Exception {
    ReactorException(Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
