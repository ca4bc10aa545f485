package io.jenkins.plugins.gogs.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Decides whether the pages read so far prove a listing complete, and if not, where it is open. The argument (in full
 * in docs/client.md, "Listings while Gogs changes"): the server orders the listing by a fixed total order, and every
 * page is a contiguous slice of the listing as it was at that page's moment. An item that stays in the listing
 * throughout is then on some page we read whenever there is a chain of reads from a page that starts the listing to
 * a page that ends it, each read linked to the next one by
 *
 * <ul>
 *   <li>an item both contain (the two slices overlap in the order, whatever happened between them), or
 *   <li>being pages j and j + 1 of one page size, read in one and the same state of the listing (a {@link ChangeLog}
 *       shows that nothing entered or left the listing between their moments).
 * </ul>
 *
 * A page ends the listing when it is shorter than a full page, or when the next page of the same size, read in the
 * same state, is empty. A page 1 that is empty proves there was nothing to list at that moment. Only "shorter than a
 * full page" depends on knowing the page size ({@link PageSize}); positions computed from it only choose what to read
 * again.
 */
final class ListingProof {

    private final boolean proven;
    private final SortedSet<Integer> openBoundaries;

    private ListingProof(boolean proven, SortedSet<Integer> openBoundaries) {
        this.proven = proven;
        this.openBoundaries = openBoundaries;
    }

    boolean proven() {
        return proven;
    }

    /**
     * Item positions between which no link was found, and the end of a full last page not shown to be the end (the
     * page boundaries to read around again); empty if proven.
     */
    SortedSet<Integer> openBoundaries() {
        return openBoundaries;
    }

    /**
     * @param reads     every read of one listing
     * @param pageSize  what a full page holds
     * @param mainLimit the {@code limit} of the listing's own pages (0: the server's page size)
     * @param stateOf   which certified state a read belongs to ({@code -1}: none); equal values, one state
     */
    static <T> ListingProof of(
            List<PageRead<T>> reads, PageSize pageSize, int mainLimit, ToIntFunction<PageRead<T>> stateOf) {
        int n = reads.size();
        int[] start = new int[n];
        int[] end = new int[n];
        boolean[] full = new boolean[n];
        int[] state = new int[n];
        for (int i = 0; i < n; i++) {
            PageRead<T> read = reads.get(i);
            int size = pageSize.of(read.limit());
            start[i] = (read.page() - 1) * size;
            end[i] = start[i] + read.items().size();
            full[i] = read.items().size() >= size;
            state[i] = stateOf.applyAsInt(read);
            if (read.page() == 1 && read.isEmpty()) {
                return new ListingProof(true, new TreeSet<>()); // nothing was listed at that moment
            }
        }
        List<List<Integer>> links = links(reads, state);
        boolean[] tail = tails(reads, full, state);

        boolean[] reached = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (reads.get(i).page() == 1) {
                reached[i] = true;
                queue.add(i);
            }
        }
        int furthest = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (tail[i]) {
                return new ListingProof(true, new TreeSet<>());
            }
            furthest = Math.max(furthest, end[i]);
            for (int j : links.get(i)) {
                if (!reached[j]) {
                    reached[j] = true;
                    queue.add(j);
                }
            }
        }
        SortedSet<Integer> open = new TreeSet<>();
        open.add(furthest);
        int step = pageSize.of(mainLimit);
        int last = 0;
        for (int e : end) {
            last = Math.max(last, e);
        }
        boolean endShown = false;
        for (int i = 0; i < n; i++) {
            endShown |= tail[i] && end[i] == last;
        }
        if (!endShown) {
            open.add(last); // a full last page: the page after it must be read in its state
        }
        for (int boundary = step; boundary < last; boundary += step) {
            if (!bridged(boundary, start, end, links)) {
                open.add(boundary);
            }
        }
        return new ListingProof(false, open);
    }

    private static <T> List<List<Integer>> links(List<PageRead<T>> reads, int[] state) {
        int n = reads.size();
        List<List<Integer>> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new ArrayList<>());
        }
        Map<Object, List<Integer>> readsByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Object key : reads.get(i).keys()) {
                List<Integer> holders = readsByKey.computeIfAbsent(key, k -> new ArrayList<>());
                for (int j : holders) {
                    if (j != i) {
                        links.get(i).add(j);
                        links.get(j).add(i);
                    }
                }
                holders.add(i);
            }
        }
        // Pages j and j + 1 of one page size in one state are adjacent slices of it, whatever that size is; slices
        // of one state that overlap share items and are linked above.
        Map<List<Long>, List<Integer>> readsByPage = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (state[i] >= 0 && !reads.get(i).isEmpty()) {
                readsByPage
                        .computeIfAbsent(pageOf(reads.get(i), state[i], 0), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (state[i] >= 0 && !reads.get(i).isEmpty()) {
                for (int j : readsByPage.getOrDefault(pageOf(reads.get(i), state[i], 1), List.of())) {
                    links.get(i).add(j);
                    links.get(j).add(i);
                }
            }
        }
        return links;
    }

    private static <T> boolean[] tails(List<PageRead<T>> reads, boolean[] full, int[] state) {
        int n = reads.size();
        Set<List<Long>> emptyPages = new HashSet<>(); // (state, limit, page) of the empty reads of a state
        for (int i = 0; i < n; i++) {
            if (state[i] >= 0 && reads.get(i).isEmpty()) {
                emptyPages.add(pageOf(reads.get(i), state[i], 0));
            }
        }
        boolean[] tail = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!reads.get(i).isEmpty()) {
                // Short, or the next page of the same size in the same state was empty: the state ends on this page.
                tail[i] = !full[i] || (state[i] >= 0 && emptyPages.contains(pageOf(reads.get(i), state[i], 1)));
            }
        }
        return tail;
    }

    /** (state, limit, page + offset) of a read, as a key. */
    private static List<Long> pageOf(PageRead<?> read, int state, int offset) {
        return List.of((long) state, (long) read.limit(), (long) read.page() + offset);
    }

    /** Whether some read spans the boundary, or a linked pair of reads has one before it and one from it on. */
    private static boolean bridged(int boundary, int[] start, int[] end, List<List<Integer>> links) {
        for (int i = 0; i < start.length; i++) {
            if (start[i] < boundary && end[i] > boundary) {
                return true;
            }
            if (start[i] < boundary) {
                for (int j : links.get(i)) {
                    if (start[j] <= boundary && end[j] > boundary) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
