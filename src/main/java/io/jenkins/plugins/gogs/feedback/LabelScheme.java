package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.model.NewLabel;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The three status labels: a name and a colour ({@code #rrggbb}) for running, passing and failing. Names must differ
 * (ignoring case, as Gogs users read them); blank values take the defaults.
 */
@Restricted(NoExternalUse.class)
public record LabelScheme(
        String running, String runningColor, String passing, String passingColor, String failing, String failingColor) {

    public static final String RUNNING = "build: running";
    public static final String PASSING = "build: passing";
    public static final String FAILING = "build: failing";
    public static final String RUNNING_COLOR = "#fbca04";
    public static final String PASSING_COLOR = "#0e8a16";
    public static final String FAILING_COLOR = "#d93f0b";

    public LabelScheme {
        running = orDefault(running, RUNNING);
        passing = orDefault(passing, PASSING);
        failing = orDefault(failing, FAILING);
        runningColor = new NewLabel(running, orDefault(runningColor, RUNNING_COLOR)).color();
        passingColor = new NewLabel(passing, orDefault(passingColor, PASSING_COLOR)).color();
        failingColor = new NewLabel(failing, orDefault(failingColor, FAILING_COLOR)).color();
        Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        distinct.add(running);
        distinct.add(passing);
        distinct.add(failing);
        if (distinct.size() != 3) {
            throw new IllegalArgumentException(Messages.LabelScheme_SameNames(running, passing, failing));
        }
    }

    /** {@code build: running}, {@code build: passing}, {@code build: failing} in yellow, green and red. */
    public static LabelScheme defaults() {
        return new LabelScheme(null, null, null, null, null, null);
    }

    public String name(Verdict verdict) {
        switch (verdict) {
            case RUNNING:
                return running;
            case PASSING:
                return passing;
            default:
                return failing;
        }
    }

    public String color(Verdict verdict) {
        switch (verdict) {
            case RUNNING:
                return runningColor;
            case PASSING:
                return passingColor;
            default:
                return failingColor;
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
