// Source: jenkinsci/jenkins core/src/main/java/hudson/model/queue/FoldableAction.java @ jenkins-2.541.3
package hudson.model.queue;

import hudson.model.Action;

public interface FoldableAction extends Action {}
