package io.jenkins.plugins.gogs.client;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads only the page count out of Gogs' {@code Link} header. The URLs in it are never requested: Gogs builds them
 * from its EXTERNAL_URL (possibly another host) and drops every query parameter but {@code page}.
 */
final class LinkHeader {

    private static final Pattern LAST = Pattern.compile("<([^>]*)>\\s*;[^,]*rel=\"?last\"?");
    private static final Pattern NEXT = Pattern.compile("<[^>]*>\\s*;[^,]*rel=\"?next\"?");
    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d{1,9})(?:&|#|$)");

    private LinkHeader() {}

    /** The number of the last page, or empty when there is no {@code rel="last"} link (a single or the last page). */
    static OptionalInt lastPage(String header) {
        if (header == null || header.isBlank()) {
            return OptionalInt.empty();
        }
        Matcher last = LAST.matcher(header);
        if (!last.find()) {
            return OptionalInt.empty();
        }
        Matcher page = PAGE.matcher(last.group(1));
        return page.find() ? OptionalInt.of(Integer.parseInt(page.group(1))) : OptionalInt.empty();
    }

    /** Whether the server announced a page after this one (when it counted, which may be after it read the page). */
    static boolean announcesNext(String header) {
        return header != null && NEXT.matcher(header).find();
    }
}
