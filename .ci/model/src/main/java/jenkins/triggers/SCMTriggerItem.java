// Source: jenkinsci/jenkins core/src/main/java/jenkins/triggers/SCMTriggerItem.java @ jenkins-2.541.3
package jenkins.triggers;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.scm.SCM;
import hudson.triggers.SCMTrigger;
import java.util.Collection;

// Only the members the plugin calls; the model's implementors (Project, WorkflowJob) declare them.
public interface SCMTriggerItem {

    @CheckForNull
    SCMTrigger getSCMTrigger();

    @NonNull
    Collection<? extends SCM> getSCMs();

    default boolean schedulePolling() {
        throw new UnsupportedOperationException();
    }

    class SCMTriggerItems {
        public static @CheckForNull SCMTriggerItem asSCMTriggerItem(Item item) {
            throw new UnsupportedOperationException();
        }

        private SCMTriggerItems() {
            throw new UnsupportedOperationException();
        }
    }
}
