package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The proof against a simulated listing that changes between reads at random (items entering and leaving anywhere,
 * as closing and reopening issues does): whenever it says a listing is proven, no item that was in it throughout the
 * reads is missing from them. And it does prove what it should: a quiet listing with a change log, a listing read
 * with pages across the boundaries, and a moving listing whose pages overlap.
 */
class ListingProofTest {

    private static final int PAGE = 10;

    /** The listing: items sorted by their number (the server's fixed order), changed by versions. */
    private static final class Listing {
        private final Random random;
        private final TreeSet<Integer> items = new TreeSet<>();
        private final List<Set<Integer>> versions = new ArrayList<>();
        private int nextItem;

        Listing(Random random, int size) {
            this.random = random;
            for (int i = 0; i < size; i++) {
                items.add(nextItem += 1 + random.nextInt(3));
            }
            versions.add(Set.copyOf(items));
        }

        /** Adds or removes an item anywhere (or at the end, as new search results come). */
        void change() {
            if (random.nextBoolean() && !items.isEmpty()) {
                List<Integer> all = new ArrayList<>(items);
                items.remove(all.get(random.nextInt(all.size())));
            } else {
                int candidate = random.nextInt(nextItem + 5);
                items.add(candidate);
                nextItem = Math.max(nextItem, candidate + 1);
            }
            versions.add(Set.copyOf(items));
        }

        int version() {
            return versions.size() - 1;
        }

        PageRead<Integer> read(int page, int limit, long sequence) {
            int size = limit > 0 ? limit : PAGE;
            List<Integer> sorted = new ArrayList<>(items);
            int from = Math.min((page - 1) * size, sorted.size());
            List<Integer> slice = sorted.subList(from, Math.min(from + size, sorted.size()));
            return new PageRead<>(page, limit, slice, List.copyOf(slice), 0, sequence);
        }

        /** Items present in every version from {@code first} to {@code last}. */
        Set<Integer> stayed(int first, int last) {
            Set<Integer> stayed = new HashSet<>(versions.get(first));
            for (int v = first + 1; v <= last; v++) {
                stayed.retainAll(versions.get(v));
            }
            return stayed;
        }
    }

    @Test
    void aProvenListingMissesNothingThatStayedWhateverChangedBetweenReads() {
        Random random = new Random(12);
        int proven = 0;
        for (int scenario = 0; scenario < 4000; scenario++) {
            Listing listing = new Listing(random, random.nextInt(45));
            List<PageRead<Integer>> reads = new ArrayList<>();
            Map<Long, Integer> versionOf = new HashMap<>();
            boolean certified = random.nextBoolean();
            int firstVersion = listing.version();
            int count = 1 + random.nextInt(14);
            for (int r = 0; r < count; r++) {
                while (random.nextInt(3) == 0) {
                    listing.change();
                }
                int limit = random.nextInt(4) == 0 ? 2 + random.nextInt(6) : 0;
                int page = 1 + random.nextInt(limit > 0 ? 25 : 6);
                PageRead<Integer> read = listing.read(page, limit, r);
                reads.add(read);
                versionOf.put(read.sequence(), listing.version());
            }
            PageSize size = new PageSize(PAGE);
            ListingProof proof =
                    ListingProof.of(reads, size, 0, read -> certified ? versionOf.get(read.sequence()) : -1);
            if (proof.proven()) {
                proven++;
                Set<Integer> found = new HashSet<>();
                reads.forEach(read -> found.addAll(read.items()));
                Set<Integer> missed = new TreeSet<>(listing.stayed(firstVersion, listing.version()));
                missed.removeAll(found);
                assertThat(missed)
                        .as("scenario %d: stayed but missed", scenario)
                        .isEmpty();
            }
        }
        assertThat(proven).as("scenarios proven").isGreaterThan(400);
    }

    @Test
    void aQuietListingReadOnceIsProvenOnlyWithItsChangeLog() {
        Listing listing = new Listing(new Random(3), 30); // 3 full pages
        List<PageRead<Integer>> reads = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            reads.add(listing.read(page, 0, page));
        }
        PageSize size = new PageSize(PAGE);

        assertThat(ListingProof.of(reads, size, 0, read -> -1).proven())
                .as("pages that only touch, without a change log")
                .isFalse();
        assertThat(ListingProof.of(reads, size, 0, read -> 7).proven())
                .as("the same pages, known to be of one state")
                .isTrue();
        assertThat(ListingProof.of(reads.subList(0, 3), size, 0, read -> 7).proven())
                .as("three full pages of one state, without the empty fourth")
                .isFalse();
    }

    @Test
    void pagesAcrossTheBoundariesProveAQuietListingWithoutAChangeLog() {
        Listing listing = new Listing(new Random(4), 23);
        List<PageRead<Integer>> reads = new ArrayList<>();
        long sequence = 0;
        for (int page = 1; page <= 3; page++) {
            reads.add(listing.read(page, 10, ++sequence));
        }
        reads.add(listing.read(4, 3, ++sequence)); // items 9..11
        PageSize size = new PageSize(50);

        assertThat(ListingProof.of(reads, size, 10, read -> -1).proven()).isFalse();
        reads.add(listing.read(7, 3, ++sequence)); // items 18..20
        assertThat(ListingProof.of(reads, size, 10, read -> -1).proven()).isTrue();
    }

    @Test
    void pagesThatOverlapBecauseTheListingMovedProveIt() {
        Listing listing = new Listing(new Random(5), 25);
        List<PageRead<Integer>> reads = new ArrayList<>();
        reads.add(listing.read(1, 0, 1));
        listing.items.add(-1); // a new item first: everything moves one place on
        reads.add(listing.read(2, 0, 2));
        listing.items.add(-2);
        reads.add(listing.read(3, 0, 3));

        ListingProof proof = ListingProof.of(reads, new PageSize(PAGE), 0, read -> -1);

        assertThat(proof.proven()).isTrue();
    }
}
