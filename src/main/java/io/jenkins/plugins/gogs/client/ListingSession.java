package io.jenkins.plugins.gogs.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one or more listings until every one is proven complete (see {@link ListingProof}): first a pass over all
 * pages, concurrently; then, while a listing is not proven, its change log is read (on a quiet server this proves the
 * pass) and the pages around each open boundary are read again, twice, a little apart, until a move of the listing
 * between the two readings, or a quiet moment, links them. Gives up with {@link UnsettledListingException} after
 * {@link #BUDGET_NANOS}.
 */
final class ListingSession {

    /**
     * Most a change may be committed after the time Gogs stamps on it (it takes the stamp inside the transaction,
     * just before the commit), in seconds.
     */
    static final long STAMP_TO_COMMIT_SECONDS = 2;

    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long[] PAUSES_MILLIS = {50, 100, 200, 400, 800, 1000};

    private final ApiCaller caller;
    private final Executor executor;
    private final AtomicLong sequence = new AtomicLong();
    private final List<ExactListing<?>> listings = new ArrayList<>();
    private final Map<Long, Long> stateParent = new HashMap<>(); // union-find over read sequences
    private final List<ChangeLog.Evidence> evidence = new ArrayList<>();
    private ChangeLog changeLog;

    ListingSession(ApiCaller caller, Executor executor) {
        this.caller = caller;
        this.executor = executor;
    }

    <T> ExactListing<T> listing(ListingSpec<T> spec) {
        ExactListing<T> listing = new ExactListing<>(caller, spec, sequence);
        listings.add(listing);
        return listing;
    }

    AtomicLong sequence() {
        return sequence;
    }

    void changeLog(ChangeLog log) {
        this.changeLog = log;
    }

    /** Page 1 of every listing, then all the pages they announce, concurrently; then past them while pages are full. */
    void pass() {
        List<CompletableFuture<?>> firsts = new ArrayList<>();
        for (ExactListing<?> listing : listings) {
            firsts.add(submit(() -> listing.read(1)));
        }
        joinAll(firsts);
        List<CompletableFuture<?>> rest = new ArrayList<>();
        for (ExactListing<?> listing : listings) {
            int size = listing.mainPageSize();
            for (int page = 2; page <= listing.announcedLast(); page++) {
                int number = page;
                rest.add(submit(() -> listing.read(number)));
            }
            if (listing.spec().clientSized()) {
                for (int page = 1; page < listing.announcedLast(); page++) {
                    int boundary = page * size;
                    rest.add(submit(() -> listing.readAcross(boundary)));
                }
            }
        }
        joinAll(rest);
        List<CompletableFuture<?>> beyond = new ArrayList<>();
        for (ExactListing<?> listing : listings) {
            beyond.add(submit(() -> readOnWhileFull(listing)));
        }
        joinAll(beyond);
    }

    /** The listing may have grown past the last page announced: read on until a page is not full. */
    private static void readOnWhileFull(ExactListing<?> listing) {
        PageRead<?> last = null;
        for (PageRead<?> read : listing.reads()) {
            if (read.limit() == listing.spec().limit() && (last == null || read.page() >= last.page())) {
                last = read;
            }
        }
        int page = last == null ? 0 : last.page();
        while (last == null || (last.items().size() >= listing.mainPageSize() && page < ExactListing.MAX_PAGES)) {
            if (last != null && listing.spec().clientSized()) {
                listing.readAcross(page * listing.mainPageSize());
            }
            page++;
            last = listing.read(page);
        }
    }

    /** Reads the change log and re-reads open boundaries until every listing is proven. */
    void settle() {
        settle(listings);
    }

    /** Like {@link #settle()}, for some of the listings (those whose pages have all been read once). */
    void settle(List<? extends ExactListing<?>> targets) {
        long deadline = System.nanoTime() + BUDGET_NANOS;
        boolean readSinceCheck = true;
        for (int round = 0; ; round++) {
            if (allProven(targets)) {
                return;
            }
            if (changeLog != null && readSinceCheck) {
                check();
                readSinceCheck = false;
                if (allProven(targets)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new UnsettledListingException(
                        "/api/v1" + targets.get(0).spec().request().path(),
                        "it kept changing for " + TimeUnit.NANOSECONDS.toSeconds(BUDGET_NANOS) + " s");
            }
            repair(targets, PAUSES_MILLIS[Math.min(round, PAUSES_MILLIS.length - 1)]);
            readSinceCheck = true;
        }
    }

    /**
     * The issues the change logs read so far saw enter or leave a listing, covering every read of the session (one
     * more look at the log if reads came after the last one).
     */
    Set<Long> changedItems() {
        if (changeLog == null) {
            return Set.of();
        }
        if (evidence.isEmpty() || evidence.get(evidence.size() - 1).cut() < sequence.get()) {
            check();
        }
        Set<Long> changed = new HashSet<>();
        evidence.forEach(e -> changed.addAll(e.changed()));
        return changed;
    }

    private boolean allProven(List<? extends ExactListing<?>> targets) {
        return targets.stream().allMatch(l -> proof(l).proven());
    }

    private <T> ListingProof proof(ExactListing<T> listing) {
        return listing.proof(read -> stateOf(read.sequence()));
    }

    /** Reads the change log; the reads since the last change it shows are one state of the listings. */
    private void check() {
        long since = Long.MAX_VALUE;
        for (ExactListing<?> listing : listings) {
            for (PageRead<?> read : listing.reads()) {
                since = Math.min(since, threshold(read));
            }
        }
        ChangeLog.Evidence found = changeLog.check(since);
        evidence.add(found);
        Long first = null;
        for (ExactListing<?> listing : listings) {
            for (PageRead<?> read : listing.reads()) {
                if (read.sequence() <= found.cut() && threshold(read) > found.latestChange()) {
                    if (first == null) {
                        first = read.sequence();
                    } else {
                        union(first, read.sequence());
                    }
                    stateParent.putIfAbsent(read.sequence(), read.sequence());
                }
            }
        }
    }

    /** Changes stamped before this second were committed before the read's snapshot. */
    private static long threshold(PageRead<?> read) {
        return read.notBefore() - STAMP_TO_COMMIT_SECONDS - 1;
    }

    private void repair(List<? extends ExactListing<?>> targets, long pauseMillis) {
        List<CompletableFuture<?>> tasks = new ArrayList<>();
        for (ExactListing<?> listing : targets) {
            ListingProof proof = proof(listing);
            if (proof.proven()) {
                continue;
            }
            SortedSet<Integer> open = proof.openBoundaries();
            for (int boundary : open) {
                tasks.add(CompletableFuture.runAsync(() -> rereadAround(listing, boundary, pauseMillis), executor));
            }
        }
        joinAll(tasks);
    }

    /**
     * The pages on both sides of {@code boundary}, then again after a pause: if the listing moved in between by less
     * than a page, one of the later pages overlaps the earlier page on the other side. A page of another size across
     * the boundary links both sides at one moment, where the client chooses page sizes.
     */
    private static void rereadAround(ExactListing<?> listing, int boundary, long pauseMillis) {
        int size = listing.mainPageSize();
        int before = Math.max(1, (boundary - 1) / size + 1);
        int after = boundary / size + 1;
        listing.read(before);
        listing.read(after);
        if (listing.spec().clientSized()) {
            listing.readAcross(boundary);
        }
        pause(pauseMillis);
        listing.read(after);
        listing.read(before);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing pages");
        }
    }

    private int stateOf(long readSequence) {
        synchronized (stateParent) {
            if (!stateParent.containsKey(readSequence)) {
                return -1;
            }
            return (int) find(readSequence);
        }
    }

    private long find(long x) {
        long parent = stateParent.getOrDefault(x, x);
        if (parent == x) {
            return x;
        }
        long root = find(parent);
        stateParent.put(x, root);
        return root;
    }

    private void union(long a, long b) {
        synchronized (stateParent) {
            stateParent.putIfAbsent(a, a);
            stateParent.putIfAbsent(b, b);
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                stateParent.put(rb, ra);
            }
        }
    }

    private CompletableFuture<Void> submit(Runnable task) {
        return CompletableFuture.runAsync(task, executor);
    }

    /** Waits for all; the first failure is rethrown as the {@link GogsException} it was, the others cancelled. */
    private static void joinAll(List<CompletableFuture<?>> futures) {
        try {
            for (CompletableFuture<?> future : futures) {
                join(future);
            }
        } catch (RuntimeException | Error e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    private static void join(CompletableFuture<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing pages");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
