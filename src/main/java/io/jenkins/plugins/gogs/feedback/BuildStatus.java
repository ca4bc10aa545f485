package io.jenkins.plugins.gogs.feedback;

import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Where a build is: running, or finished with one of Jenkins' results (named as Jenkins names them). */
@Restricted(NoExternalUse.class)
public enum BuildStatus {
    RUNNING,
    SUCCESS,
    UNSTABLE,
    FAILURE,
    ABORTED,
    NOT_BUILT;

    /** Only a successful build passes; unstable, failed, aborted and not built ones all count as failing. */
    public Verdict verdict() {
        switch (this) {
            case RUNNING:
                return Verdict.RUNNING;
            case SUCCESS:
                return Verdict.PASSING;
            default:
                return Verdict.FAILING;
        }
    }

    /** A finished build's status from the name of its Jenkins result ({@code SUCCESS}, ...); null means running. */
    public static BuildStatus ofResult(String resultName) {
        if (resultName == null) {
            return RUNNING;
        }
        try {
            return valueOf(resultName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return FAILURE;
        }
    }
}
