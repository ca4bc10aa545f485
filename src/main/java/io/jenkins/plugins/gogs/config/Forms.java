package io.jenkins.plugins.gogs.config;

import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.servers.ConnectionCheckResult;
import io.jenkins.plugins.gogs.servers.FieldCheck;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Shows the core's verdicts in Jenkins forms; the messages are plain text (escaped by FormValidation). */
@Restricted(NoExternalUse.class)
final class Forms {

    private Forms() {}

    static FormValidation toValidation(ConnectionCheckResult result) {
        return toValidation(new FieldCheck(result.severity(), result.message()));
    }

    static FormValidation toValidation(FieldCheck check) {
        return switch (check.severity()) {
            case OK -> check.message().isEmpty() ? FormValidation.ok() : FormValidation.ok(check.message());
            case WARNING -> FormValidation.warning(check.message());
            case ERROR -> FormValidation.error(check.message());
        };
    }
}
