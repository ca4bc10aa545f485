package io.jenkins.plugins.gogs.feedback;

import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Puts text from Jenkins (job and stage names, any characters) and URLs safely into Gogs Markdown: every character
 * Gogs' Markdown renderer (blackfriday) gives a meaning is escaped with a backslash, line breaks become spaces, and
 * only http(s) URLs become links.
 */
@Restricted(NoExternalUse.class)
final class MarkdownText {

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s/?#]", Pattern.CASE_INSENSITIVE);
    private static final String SPECIAL = "\\`*_{}[]()#+-.!:|&<>~\"";

    private MarkdownText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code [text](url)} with the text escaped, or the escaped text alone when the URL is missing or not http(s). */
    static String link(String text, String url) {
        String label = escape(text);
        String target = safeUrl(url);
        return target == null ? label : "[" + label + "](" + target + ")";
    }

    /** A link whose text is already Markdown (e.g. code); the text must not contain ']'. */
    static String linkMarkdown(String markdown, String url) {
        String target = safeUrl(url);
        return target == null ? markdown : "[" + markdown + "](" + target + ")";
    }

    /** An http(s) URL with the characters that would end a Markdown link encoded; null for anything else. */
    static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (!WEB_URL.matcher(url.strip()).lookingAt()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : url.strip().toCharArray()) {
            switch (c) {
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case ' ' -> out.append("%20");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
