package io.jenkins.plugins.gogs.issues;

import java.util.List;

/** Checks of step arguments shared by several steps, with the sentences pipeline authors see. */
public final class IssueArguments {

    private IssueArguments() {}

    public static long issueNumber(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("number must be an issue number (1 or more), not " + number);
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
            throw new IllegalArgumentException("labels must name at least one label");
        }
        return names;
    }

    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
