package io.jenkins.plugins.gogs.client.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A label to create; {@code color} is {@code #rrggbb} (a missing '#' is added, as Gogs needs exactly 7 chars). */
public record NewLabel(String name, String color) {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-f]{6}");

    public NewLabel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A label needs a name");
        }
        String c = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        c = c.startsWith("#") ? c : "#" + c;
        if (!HEX_COLOR.matcher(c).matches()) {
            throw new IllegalArgumentException("A label color is #rrggbb, not '" + color + "'");
        }
        color = c;
    }
}
