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

    ApiCaller caller() {
        return caller;
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
     * A lazy stream of a listing of {@code session}: the next page is requested only when the caller has consumed
     * the previous one. When the pages run out, the listing is proven like {@link #all(ListingSpec)} proves it, and
     * items found only then come last.
     */
    <T> Stream<T> stream(ListingSession session, ExactListing<T> listing) {
        Iterator<T> items = new PageIterator<>(session, listing);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class PageIterator<T> implements Iterator<T> {
        private final ListingSession session;
        private final ExactListing<T> listing;
        private final Set<Object> emitted = new HashSet<>();
        private Iterator<T> current = Collections.emptyIterator();
        private T next;
        private int nextPage = 1;
        private boolean pagesEnded;
        private boolean settled;

        PageIterator(ListingSession session, ExactListing<T> listing) {
            this.session = session;
            this.listing = listing;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current.hasNext()) {
                    T candidate = current.next();
                    if (emitted.add(listing.spec().key().apply(candidate))) {
                        next = candidate;
                    }
                } else if (!pagesEnded) {
                    PageRead<T> page = listing.read(nextPage++);
                    pagesEnded = page.items().size() < listing.mainPageSize();
                    current = page.items().iterator();
                } else if (!settled) {
                    settled = true;
                    session.settle(List.of(listing));
                    current = listing.items().iterator();
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T result = next;
            next = null;
            return result;
        }
    }
}
