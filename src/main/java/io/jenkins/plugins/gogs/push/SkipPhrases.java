package io.jenkins.plugins.gogs.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Phrases that, anywhere in the head commit's message, make a push build nothing: one per line, compared without
 * regard to case. {@code [IGNORE]}, the gogs-webhook plugin's marker, is a phrase like any other here (that plugin
 * looked for it at the start of the message only).
 */
@Restricted(NoExternalUse.class)
public final class SkipPhrases {

    /** The phrases of a new trigger: {@code [ci skip]} and {@code [skip ci]}, as most CI services read them. */
    public static final String DEFAULT = "[ci skip]\n[skip ci]";

    private final List<String> phrases;

    private SkipPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The phrases of {@code text}, one per line, blank lines ignored; null or blank means none. */
    public static SkipPhrases of(String text) {
        List<String> phrases = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    phrases.add(line.strip());
                }
            }
        }
        return new SkipPhrases(phrases);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** The first phrase found in {@code message}, or empty (also when the message is unknown). */
    public Optional<String> foundIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String text = message.toLowerCase(Locale.ROOT);
        return phrases.stream()
                .filter(phrase -> text.contains(phrase.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
