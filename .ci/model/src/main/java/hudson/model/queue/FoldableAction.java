// Source: jenkinsci/jenkins core/src/main/java/hudson/model/queue/FoldableAction.java @ jenkins-2.541.3
package hudson.model.queue;

import hudson.model.Action;

// Declared as a supertype; foldIntoExisting is not modelled (no model class needs to supply it).
public interface FoldableAction extends Action {
}
