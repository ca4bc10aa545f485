package io.jenkins.plugins.gogs.client;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * One listing being read: every page read so far (first pass and re-reads), what a full page holds, and the items
 * found. {@link ListingSession} decides which pages to read; {@link ListingProof} whether they are enough.
 */
final class ExactListing<T> {

    /** More pages than this is not a Gogs listing but a broken or hostile header. */
    static final int MAX_PAGES = 100_000;

    /** Without a {@code Date} header, the server's clock is taken to be within this of ours. */
    private static final long CLOCK_TOLERANCE_SECONDS = 120;

    private final ApiCaller caller;
    private final ListingSpec<T> spec;
    private final AtomicLong sequence;
    private final PageSize pageSize;
    private final List<PageRead<T>> reads = new ArrayList<>();
    private int announcedLast = 1; // guarded by reads

    ExactListing(ApiCaller caller, ListingSpec<T> spec, AtomicLong sequence) {
        this.caller = caller;
        this.spec = spec;
        this.sequence = sequence;
        this.pageSize = new PageSize(spec.defaultCap());
    }

    ListingSpec<T> spec() {
        return spec;
    }

    /** The items a full page of the listing's own pages holds (as far as known). */
    int mainPageSize() {
        return pageSize.of(spec.limit());
    }

    /** Page {@code page} of the listing's own page size. */
    PageRead<T> read(int page) {
        return read(page, spec.limit());
    }

    /**
     * Page {@code page} of pages of {@code limit} items (0: the server's size), recorded for the proof. Only the
     * page number comes from Gogs' {@code Link} header (see {@link LinkHeader}); the URL is the client's own.
     */
    PageRead<T> read(int page, int limit) {
        ApiRequest request =
                spec.request().withQuery("limit", limit > 0 ? limit : null).withQuery("page", page);
        long sentAt = System.currentTimeMillis();
        long started = System.nanoTime();
        HttpResult result = caller.send(request);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + 1;
        List<T> items = result.hasBody() ? ApiCaller.parse(request, result, spec.parser()) : List.of();
        int last = LinkHeader.lastPage(result.link()).orElse(page);
        if (last > MAX_PAGES) {
            throw new UnexpectedResponseException(
                    request.method(),
                    "/api/v1" + request.path(),
                    result.status(),
                    "the Link header announces " + last + " pages");
        }
        pageSize.observe(limit, items.size(), LinkHeader.announcesNext(result.link()));
        long notBefore = serverSecond(result.date(), sentAt) - seconds;
        List<Object> keys =
                items.stream().map(i -> (Object) spec.key().apply(i)).toList();
        synchronized (reads) {
            PageRead<T> read = new PageRead<>(page, limit, items, keys, notBefore, sequence.incrementAndGet());
            reads.add(read);
            announcedLast = Math.max(announcedLast, last);
            return read;
        }
    }

    /** The largest page number any page's {@code Link} header announced. */
    int announcedLast() {
        synchronized (reads) {
            return announcedLast;
        }
    }

    List<PageRead<T>> reads() {
        synchronized (reads) {
            return List.copyOf(reads);
        }
    }

    ListingProof proof(ToIntFunction<PageRead<T>> stateOf) {
        return ListingProof.of(reads(), pageSize, spec.limit(), stateOf);
    }

    /**
     * A page of another size that holds the two items on either side of {@code boundary} (an item position), if a
     * size below the server's cap does; it links the pages on both sides of a boundary at one moment.
     */
    void readAcross(int boundary) {
        int cap = pageSize.of(0);
        for (int size = 2; size <= cap; size++) {
            if (boundary % size != 0) {
                read(boundary / size + 1, size);
                return;
            }
        }
    }

    /**
     * Every item found, once (as last read), in the server's order: the order of the pages they were found on, then
     * sorted (stably, so that ties keep the server's order) by what the listing is known to be sorted by.
     */
    List<T> items() {
        List<PageRead<T>> all = new ArrayList<>(reads());
        Map<Object, T> latest = new LinkedHashMap<>();
        all.sort(Comparator.comparingLong(PageRead::sequence));
        for (PageRead<T> read : all) {
            for (int i = 0; i < read.items().size(); i++) {
                latest.put(read.keys().get(i), read.items().get(i));
            }
        }
        all.sort(Comparator.<PageRead<T>>comparingLong(r -> (long) (r.page() - 1) * pageSize.of(r.limit()))
                .thenComparingLong(PageRead::sequence));
        Map<Object, T> ordered = new LinkedHashMap<>();
        for (PageRead<T> read : all) {
            for (Object key : read.keys()) {
                ordered.putIfAbsent(key, latest.get(key));
            }
        }
        List<T> items = new ArrayList<>(ordered.values());
        if (spec.serverOrder() != null) {
            items.sort(spec.serverOrder());
        }
        return items;
    }

    /** The server's time of the answer (whole seconds), or ours less a tolerance when it sent no usable Date. */
    private static long serverSecond(String date, long sentAtMillis) {
        if (date != null) {
            try {
                return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toEpochSecond();
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        return sentAtMillis / 1000 - CLOCK_TOLERANCE_SECONDS;
    }
}
