package io.jenkins.plugins.gogs.client;

import io.jenkins.plugins.gogs.client.model.Issue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Merges Gogs' open and closed issue listings into one, in the order Gogs sorts each: newest created first. */
final class IssueOrder {

    /** What Gogs sorts an issue listing by: {@code ORDER BY issue.created_unix DESC} (whole seconds). */
    static final Comparator<Issue> NEWEST_CREATED_FIRST = Comparator.comparing(
            Issue::createdAt,
            Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder().reversed()));

    /**
     * The order of a whole issue listing: issues created in the same second come in the order the database reads
     * them, which on SQLite is the order they were created in, the lower number first.
     */
    static final Comparator<Issue> SERVER_ORDER = NEWEST_CREATED_FIRST.thenComparingLong(Issue::number);

    private IssueOrder() {}

    /** Both sorted lists merged; an issue in both (its state changed meanwhile) is kept once, the newer version. */
    static List<Issue> merge(List<Issue> open, List<Issue> closed) {
        Map<Long, Issue> byNumber = new LinkedHashMap<>();
        Iterator<Issue> merged = new MergingIterator(open.iterator(), closed.iterator());
        while (merged.hasNext()) {
            Issue issue = merged.next();
            byNumber.merge(issue.number(), issue, IssueOrder::newer);
        }
        return new ArrayList<>(byNumber.values());
    }

    /**
     * Lazily merged: each listing is read only as far as the merge needs it. An issue whose state changed meanwhile
     * can come twice (the caller keeps the first).
     */
    static Stream<Issue> mergeLazily(Stream<Issue> open, Stream<Issue> closed) {
        Iterator<Issue> merged = new MergingIterator(open.iterator(), closed.iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED), false)
                .onClose(open::close)
                .onClose(closed::close);
    }

    private static Issue newer(Issue a, Issue b) {
        if (a.updatedAt() == null || b.updatedAt() == null) {
            return a;
        }
        return b.updatedAt().isAfter(a.updatedAt()) ? b : a;
    }

    private static final class MergingIterator implements Iterator<Issue> {
        private final Iterator<Issue> left;
        private final Iterator<Issue> right;
        private Issue nextLeft;
        private Issue nextRight;

        MergingIterator(Iterator<Issue> left, Iterator<Issue> right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean hasNext() {
            if (nextLeft == null && left.hasNext()) {
                nextLeft = left.next();
            }
            if (nextRight == null && right.hasNext()) {
                nextRight = right.next();
            }
            return nextLeft != null || nextRight != null;
        }

        @Override
        public Issue next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Issue result;
            if (nextRight == null || (nextLeft != null && SERVER_ORDER.compare(nextLeft, nextRight) <= 0)) {
                result = nextLeft;
                nextLeft = null;
            } else {
                result = nextRight;
                nextRight = null;
            }
            return result;
        }
    }
}
