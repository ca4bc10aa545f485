// Source: jenkinsci/jenkins core/src/main/java/hudson/triggers/SCMTrigger.java @ jenkins-2.541.3
package hudson.triggers;

import hudson.model.Item;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

public class SCMTrigger extends Trigger<Item> {
    @DataBoundConstructor
    public SCMTrigger(String scmpoll_spec) {
        super(scmpoll_spec);
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public SCMTrigger(String scmpoll_spec, boolean ignorePostCommitHooks) {
        super(scmpoll_spec);
        throw new UnsupportedOperationException();
    }

    public boolean isIgnorePostCommitHooks() {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setIgnorePostCommitHooks(boolean ignorePostCommitHooks) {
        throw new UnsupportedOperationException();
    }

    public String getScmpoll_spec() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException();
    }
}
