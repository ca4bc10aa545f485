package io.jenkins.plugins.gogs.client;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a paginated listing is: its first request (without {@code page} and {@code limit}), how a page's body is read,
 * what identifies an item, how many items a page holds, and the server's order where the client knows it.
 *
 * @param limit        the {@code limit} the client asks for, or 0 where the server fixes the page size
 * @param defaultCap   the page size (or the cap on {@code limit}) of a Gogs with default settings
 * @param serverOrder  what Gogs sorts the listing by, as far as the client knows it (ties keep the pages' order), or
 *                     null where it is not known
 */
record ListingSpec<T>(
        ApiRequest request,
        ApiCaller.BodyParser<List<T>> parser,
        Function<T, ?> key,
        int limit,
        int defaultCap,
        Comparator<T> serverOrder) {

    /** Whether the client chooses the page size; then a boundary can be re-read with pages of another size. */
    boolean clientSized() {
        return limit > 0;
    }
}
