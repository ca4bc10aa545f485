package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Severity;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The verdict on one form field: how a form should show it, and an optional sentence (empty for a plain OK). */
@Restricted(NoExternalUse.class)
public record FieldCheck(Severity severity, String message) {

    public FieldCheck {
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
    }

    public static FieldCheck ok() {
        return new FieldCheck(Severity.OK, "");
    }

    public static FieldCheck ok(String message) {
        return new FieldCheck(Severity.OK, message);
    }

    public static FieldCheck warning(String message) {
        return new FieldCheck(Severity.WARNING, message);
    }

    public static FieldCheck error(String message) {
        return new FieldCheck(Severity.ERROR, message);
    }
}
