package io.jenkins.plugins.gogs.client;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Gogs pagination, done the way Gogs needs it (see docs/client.md): every page URL is built from the client's own
 * base URL with all the first request's query parameters plus {@code page=N}; the {@code Link} header is read only
 * for the number of the last page, its URLs are never requested. Listings are read until they are proven complete
 * while Gogs changes them ({@link ListingSession}, {@link ListingProof}).
 */
final class Paginator {

    private final ApiCaller caller;
    private final Executor pageExecutor;

    Paginator(ApiCaller caller, Executor pageExecutor) {
        this.caller = caller;
        this.pageExecutor = pageExecutor;
    }

    /** A new session for listings that are proven together (sharing one change log). */
    ListingSession session() {
        return new ListingSession(caller, pageExecutor);
    }

    /** Every item of a listing that has no change log, concurrently, proven complete. */
    <T> List<T> all(ListingSpec<T> spec) {
        ListingSession session = session();
        ExactListing<T> listing = session.listing(spec);
        session.pass();
        session.settle();
        return listing.items();
    }

    /**
     * A lazy stream of the only listing of {@code session}: the next page is requested only when the caller has
     * consumed the previous one. When the pages run out, the listing is proven like {@link #all(ListingSpec)} proves
     * it, and items found only then come last.
     */
    static <T> Stream<T> stream(ListingSession session, ExactListing<T> listing) {
        Set<Object> emitted = new HashSet<>();
        return Stream.concat(pages(listing), afterProof(session, listing::items))
                .filter(item -> emitted.add(listing.spec().key().apply(item)));
    }

    /**
     * The items of a listing's pages, read one at a time as the stream is consumed, until a page is not full; not
     * proven, and an item that moved to the next page meanwhile comes twice.
     */
    static <T> Stream<T> pages(ExactListing<T> listing) {
        Iterator<T> items = new PageIterator<>(listing);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** What {@code items} gives once all listings of the session are proven, computed when the stream gets there. */
    static <T> Stream<T> afterProof(ListingSession session, Supplier<List<T>> items) {
        return Stream.of(session).flatMap(s -> {
            s.settle();
            return items.get().stream();
        });
    }

    private static final class PageIterator<T> implements Iterator<T> {
        private final ExactListing<T> listing;
        private Iterator<T> current = Collections.emptyIterator();
        private int nextPage = 1;
        private boolean pagesEnded;

        PageIterator(ExactListing<T> listing) {
            this.listing = listing;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !pagesEnded) {
                PageRead<T> page = listing.read(nextPage++);
                pagesEnded = page.items().size() < listing.mainPageSize();
                current = page.items().iterator();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
