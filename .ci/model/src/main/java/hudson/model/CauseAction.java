// Source: jenkinsci/jenkins core/src/main/java/hudson/model/CauseAction.java @ jenkins-2.541.3
package hudson.model;

import hudson.model.queue.FoldableAction;
import java.util.Collection;
import java.util.List;
import jenkins.model.RunAction2;

public class CauseAction implements FoldableAction, RunAction2 {
    public CauseAction(Cause c) {
        throw new UnsupportedOperationException();
    }

    public CauseAction(Cause... c) {
        throw new UnsupportedOperationException();
    }

    public CauseAction(Collection<? extends Cause> causes) {
        throw new UnsupportedOperationException();
    }

    public CauseAction(CauseAction ca) {
        throw new UnsupportedOperationException();
    }

    public List<Cause> getCauses() {
        throw new UnsupportedOperationException();
    }

    public <T extends Cause> T findCause(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }

    public String getShortDescription() {
        throw new UnsupportedOperationException();
    }
}
