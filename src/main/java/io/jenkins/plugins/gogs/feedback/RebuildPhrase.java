package io.jenkins.plugins.gogs.feedback;

import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The comment that asks for a rebuild: the whole comment is the phrase, ignoring case, surrounding whitespace and
 * runs of spaces inside it (so that {@code Jenkins  rebuild} from a phone keyboard still counts, and a sentence that
 * merely mentions the phrase does not).
 */
@Restricted(NoExternalUse.class)
public final class RebuildPhrase {

    public static final String DEFAULT = "jenkins rebuild";

    private RebuildPhrase() {}

    /** The phrase as it is compared; blank means {@link #DEFAULT}. */
    public static String normalize(String phrase) {
        String p = phrase == null || phrase.isBlank() ? DEFAULT : phrase;
        return p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static boolean matches(String commentBody, String phrase) {
        return commentBody != null
                && normalize(phrase)
                        .equals(commentBody.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
