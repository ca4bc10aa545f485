// Source: jenkinsci/jenkins core/src/main/java/hudson/util/FormValidation.java @ jenkins-2.541.3
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public abstract class FormValidation extends IOException implements HttpResponse {
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind) {
        throw new UnsupportedOperationException();
    }

    private FormValidation(Kind kind, String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException();
    }

    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation error(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation warning(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull FormValidation aggregate(@NonNull Collection<FormValidation> validations) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation errorWithMarkup(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation warningWithMarkup(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation okWithMarkup(String message) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation respond(Kind kind, final String html) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation validateNonNegativeInteger(String value) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation validateIntegerInRange(String value, int lower, int upper) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation validatePositiveInteger(String value) {
        throw new UnsupportedOperationException();
    }

    public static FormValidation validateRequired(String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException {
        throw new UnsupportedOperationException();
    }

    public abstract String renderHtml();
}
