package io.jenkins.plugins.gogs.issues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Label names as pipelines and forms give them: a list ({@code ['bug', 'ui']}), or one text with names separated by
 * commas ({@code 'bug, ui'}, what a form field holds). Names are trimmed, blanks and repeats dropped, order kept. A
 * name inside a list is taken as it is, commas included.
 */
@Restricted(NoExternalUse.class)
public final class NameList {

    private NameList() {}

    /**
     * @throws IllegalArgumentException when the value is neither text nor a list of texts
     */
    public static List<String> of(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        if (value instanceof CharSequence text) {
            for (String part : text.toString().split(",")) {
                add(names, part);
            }
        } else if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
            for (Object item : items) {
                if (!(item instanceof CharSequence)) {
                    throw new IllegalArgumentException(Messages.NameList_NotNames(what, describe(item)));
                }
                add(names, item.toString());
            }
        } else {
            throw new IllegalArgumentException(Messages.NameList_NotAList(what, describe(value)));
        }
        return List.copyOf(new ArrayList<>(names));
    }

    /** The names as one text for a form field, or null when there are none. */
    public static String join(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * A value as a step received it, as one text for a form field (and for the snippet generator): the names joined
     * with commas, or the value as it is when it is not a list of names (so that the step can report it).
     */
    public static String display(Object value, String what) {
        try {
            return join(of(value, what));
        } catch (IllegalArgumentException e) {
            return String.valueOf(value);
        }
    }

    private static void add(Set<String> names, String name) {
        String trimmed = name.strip();
        if (!trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " '" + value + "'";
    }
}
