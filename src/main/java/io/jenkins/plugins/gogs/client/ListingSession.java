package io.jenkins.plugins.gogs.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one or more listings until every one is proven complete (see {@link ListingProof} and docs/client.md,
 * "Listings while Gogs changes"): first a pass over all pages, concurrently; then, while a listing is not proven, a
 * look at its change log (on a quiet server this proves the pass), and the pages around each boundary without a link
 * read again until an overlap or one state links them. Gives up with {@link UnsettledListingException} after a
 * budget of time.
 */
final class ListingSession {

    /**
     * Most a change may be committed after the time Gogs stamps on it (it takes the stamp inside the transaction,
     * just before the commit), in seconds.
     */
    static final long STAMP_TO_COMMIT_SECONDS = 2;

    /** How long to keep trying: at least this, and at least {@link #BUDGET_PASSES} times the first pass. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final int BUDGET_PASSES = 20;
    /** Varied, since how fast Gogs changes is not known: a pause should see a few changes, not a page's worth. */
    private static final long[] PAUSES_MILLIS = {100, 30, 300, 1000};

    private final ApiCaller caller;
    private final Executor executor;
    private final AtomicLong sequence = new AtomicLong();
    private final List<ExactListing<?>> listings = new ArrayList<>();
    private final Map<Long, Long> stateParent = new HashMap<>(); // union-find over read sequences
    private final List<ChangeLog.Evidence> evidence = new ArrayList<>();
    private ChangeLog.Evidence lastLook;
    private boolean moving;
    private long passNanos;
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

    Executor executor() {
        return executor;
    }

    void changeLog(ChangeLog log) {
        this.changeLog = log;
    }

    /** Page 1 of every listing, then all the pages they announce, concurrently; then past them while pages are full. */
    void pass() {
        long started = System.nanoTime();
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
        passNanos = System.nanoTime() - started;
    }

    /** The listing may have grown past the last page announced: read on until a page is not full. */
    private static <T> void readOnWhileFull(ExactListing<T> listing) {
        PageRead<T> last = listing.reads().stream()
                .filter(read -> read.limit() == listing.spec().limit())
                .max(Comparator.comparingInt(PageRead::page))
                .orElseThrow(); // page 1 at least was read
        int page = last.page();
        while (last.items().size() >= listing.mainPageSize() && page < ExactListing.MAX_PAGES) {
            if (listing.spec().clientSized()) {
                listing.readAcross(page * listing.mainPageSize());
            }
            last = listing.read(++page);
        }
    }

    /** Reads the change log and re-reads open boundaries until every listing (its pages all read once) is proven. */
    void settle() {
        long budget = Math.max(BUDGET_NANOS, BUDGET_PASSES * passNanos);
        long deadline = System.nanoTime() + budget;
        boolean readSinceLook = true;
        for (int round = 0; ; round++) {
            if (allProven()) {
                return;
            }
            if (changeLog != null && readSinceLook) {
                look();
                readSinceLook = false;
                if (allProven()) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new UnsettledListingException(
                        "/api/v1" + listings.get(0).spec().request().path(),
                        "it kept changing for " + TimeUnit.NANOSECONDS.toSeconds(budget) + " s");
            }
            repair(round);
            readSinceLook = true;
        }
    }

    /**
     * The issues the change log saw enter or leave a listing, covering every read of the session (one more look at
     * the log if reads came after the last one).
     */
    Set<Long> changedItems() {
        if (changeLog == null) {
            return Set.of();
        }
        if (lastLook == null || lastLook.cut() < sequence.get()) {
            evidence.add(changeLog.check(since(), false));
        }
        Set<Long> changed = new HashSet<>();
        evidence.forEach(e -> changed.addAll(e.changed()));
        return changed;
    }

    private boolean allProven() {
        return listings.stream().allMatch(l -> proof(l).proven());
    }

    private <T> ListingProof proof(ExactListing<T> listing) {
        return listing.proof(read -> stateOf(read.sequence()));
    }

    /**
     * Reads the change log. Two things make reads one state of the listings, the state at this look: nothing entered
     * or left since the previous look (the reads made between the two looks; no waiting needed), and the reads whose
     * moment is later than every change the log shows, by Gogs' stamps (how a first pass on a quiet server is proven).
     */
    private void look() {
        ChangeLog.Evidence found = changeLog.check(since(), true);
        ChangeLog.Evidence previous = lastLook;
        evidence.add(found);
        lastLook = found;
        boolean quietSincePrevious = previous != null && found.quietSince(previous);
        moving = previous != null && !quietSincePrevious;
        List<Long> oneState = new ArrayList<>();
        for (ExactListing<?> listing : listings) {
            for (PageRead<?> read : listing.reads()) {
                if (read.sequence() > found.cut()) {
                    continue;
                }
                boolean betweenLooks = quietSincePrevious && read.sequence() > previous.cut();
                if (betweenLooks || threshold(read) > found.latestChange()) {
                    oneState.add(read.sequence());
                }
            }
        }
        for (long read : oneState) {
            union(oneState.get(0), read);
        }
    }

    /** The moment from which changes could fall between two of the session's reads. */
    private long since() {
        long since = Long.MAX_VALUE;
        for (ExactListing<?> listing : listings) {
            for (PageRead<?> read : listing.reads()) {
                since = Math.min(since, threshold(read));
            }
        }
        return since;
    }

    /** Changes stamped before this second were committed before the read's snapshot. */
    private static long threshold(PageRead<?> read) {
        return read.notBefore() - STAMP_TO_COMMIT_SECONDS - 1;
    }

    /**
     * Reads again around every open boundary. Where the client chooses page sizes, first only a page across each
     * boundary (on a quiet server that proves it). Otherwise the pages on either side of each open boundary: once,
     * when the change log last saw nothing change (the next look proves them); twice, a pause apart, while the
     * listing moves: if it moved by less than a page meanwhile, a later read of one page overlaps an earlier read of
     * its neighbour (forward when items came in before the boundary, backward when items left).
     */
    private void repair(int round) {
        long pauseMillis = PAUSES_MILLIS[round % PAUSES_MILLIS.length];
        boolean twice = moving || changeLog == null;
        List<CompletableFuture<?>> tasks = new ArrayList<>();
        for (ExactListing<?> listing : listings) {
            ListingProof proof = proof(listing);
            if (proof.proven()) {
                continue;
            }
            int size = listing.mainPageSize();
            if (listing.spec().clientSized() && round == 0) {
                for (int boundary : proof.openBoundaries()) {
                    tasks.add(submit(() -> listing.readAcross(boundary)));
                }
                continue;
            }
            SortedSet<Integer> pages = new TreeSet<>();
            for (int boundary : proof.openBoundaries()) {
                pages.add(Math.max(1, (boundary - 1) / size + 1));
                pages.add(boundary / size + 1);
            }
            for (int page : pages) {
                tasks.add(submit(() -> {
                    listing.read(page);
                    if (twice) {
                        pause(pauseMillis);
                        listing.read(page);
                    }
                }));
            }
            if (listing.spec().clientSized()) {
                for (int boundary : proof.openBoundaries()) {
                    tasks.add(submit(() -> listing.readAcross(boundary)));
                }
            }
        }
        joinAll(tasks);
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

    static <R> R join(CompletableFuture<R> future) {
        try {
            return future.get();
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
