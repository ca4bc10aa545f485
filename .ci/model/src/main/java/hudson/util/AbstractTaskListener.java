// Source: jenkinsci/jenkins core/src/main/java/hudson/util/AbstractTaskListener.java @ jenkins-2.541.3
package hudson.util;

import hudson.model.TaskListener;

// Deprecated and restricted in core; present only as the superclass of LogTaskListener and StreamTaskListener.
@Deprecated
public abstract class AbstractTaskListener implements TaskListener {
}
