package io.jenkins.plugins.gogs.issues;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Checks of step arguments shared by several steps, with the sentences pipeline authors see. */
@Restricted(NoExternalUse.class)
public final class IssueArguments {

    private IssueArguments() {}

    public static long issueNumber(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException(Messages.IssueArguments_NotAnIssueNumber(String.valueOf(number)));
        }
        return number;
    }

    /** The colour for created labels, checked now ({@code #rrggbb}); null for the default. */
    public static String labelColor(String value) {
        return value == null ? null : LabelColors.parse(value);
    }

    /** At least one label name, from a list or a text with names separated by commas. */
    public static List<String> labelNames(Object labels) {
        List<String> names = NameList.of(labels, "labels");
        if (names.isEmpty()) {
            throw new IllegalArgumentException(Messages.IssueArguments_NoLabels());
        }
        return names;
    }

    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.IssueArguments_Empty(what));
        }
        return value;
    }
}
