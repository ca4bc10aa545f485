// Source: jenkinsci/lib-task-reactor src/main/java/org/jvnet/hudson/reactor/Milestone.java @ task-reactor-1.9
package org.jvnet.hudson.reactor;

public interface Milestone {
}
