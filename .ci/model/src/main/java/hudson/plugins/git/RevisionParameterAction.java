// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/RevisionParameterAction.java @ add6e4dc74e6
package hudson.plugins.git;

import hudson.model.Action;
import hudson.model.InvisibleAction;
import hudson.model.Queue.QueueAction;
import hudson.model.queue.FoldableAction;
import java.io.Serializable;
import java.util.List;
import org.eclipse.jgit.transport.URIish;

public class RevisionParameterAction extends InvisibleAction implements Serializable, QueueAction, FoldableAction {
    public final String commit;
    public final boolean combineCommits;

    public RevisionParameterAction(String commit) {
        throw new UnsupportedOperationException();
    }

    public RevisionParameterAction(String commit, URIish repoURL) {
        throw new UnsupportedOperationException();
    }

    public RevisionParameterAction(String commit, boolean combineCommits) {
        throw new UnsupportedOperationException();
    }

    public RevisionParameterAction(String commit, boolean combineCommits, URIish repoURL) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean shouldSchedule(List<Action> actions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
