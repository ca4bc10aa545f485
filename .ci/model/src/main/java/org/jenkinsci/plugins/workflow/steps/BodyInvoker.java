// Source: jenkinsci/workflow-step-api-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java @ 0773c3c68734
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;

public abstract class BodyInvoker {

    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException();
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException();
    }

    public abstract BodyInvoker withDisplayName(@NonNull String name);
}
