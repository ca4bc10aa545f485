package io.jenkins.plugins.gogs.push;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The trigger's branch filter: names separated by spaces or commas, {@code *} standing for any characters
 * (including {@code /}), a leading {@code !} excluding. A name passes when it matches one of the included
 * patterns (or none is given) and none of the excluded ones: {@code main release/*}, {@code * !wip/*}. Names are
 * compared as git compares them, with case. An empty filter lets every name pass.
 */
@Restricted(NoExternalUse.class)
public final class NameFilter {

    private final List<Pattern> includes = new ArrayList<>();
    private final List<Pattern> excludes = new ArrayList<>();

    private NameFilter(String text) {
        if (text == null) {
            return;
        }
        for (String token : text.strip().split("[\\s,]+")) {
            if (token.isEmpty() || token.equals("!")) {
                continue;
            }
            if (token.startsWith("!")) {
                excludes.add(pattern(token.substring(1)));
            } else {
                includes.add(pattern(token));
            }
        }
    }

    public static NameFilter of(String text) {
        return new NameFilter(text);
    }

    public boolean accepts(String name) {
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(p -> p.matcher(name).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /** True when the filter lets every name pass. */
    public boolean isEmpty() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    private static Pattern pattern(String wildcard) {
        List<String> parts = new ArrayList<>();
        for (String part : wildcard.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }
}
