package io.jenkins.plugins.gogs.issues;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The colour of labels the steps create: {@code #rrggbb}, the '#' optional; Gogs' light grey by default. */
@Restricted(NoExternalUse.class)
public final class LabelColors {

    public static final String DEFAULT = "#ededed";

    private static final Pattern COLOR = Pattern.compile("#?[0-9a-fA-F]{6}");

    private LabelColors() {}

    /**
     * @return {@code #rrggbb} in lower case; {@link #DEFAULT} for null or blank
     * @throws IllegalArgumentException when the text is not a colour
     */
    public static String parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String value = text.strip();
        if (!COLOR.matcher(value).matches()) {
            throw new IllegalArgumentException(Messages.LabelColors_BadColor(text));
        }
        return (value.startsWith("#") ? value : "#" + value).toLowerCase(Locale.ROOT);
    }
}
