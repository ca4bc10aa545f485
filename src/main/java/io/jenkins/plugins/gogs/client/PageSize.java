package io.jenkins.plugins.gogs.client;

/**
 * How many items a full page of one listing holds, as far as the client can tell. Gogs fixes the size of issue pages
 * itself ({@code [ui] ISSUE_PAGING_NUM}, 10 by default) and caps {@code limit} of a search ({@code [api]
 * MAX_RESPONSE_ITEMS}, 50 by default); neither setting is visible through the API.
 *
 * <p>The estimate may only err on the small side: a page shorter than it is then surely the last one at that moment,
 * while a page that merely looks full costs a look at the next page. It starts at Gogs' default, grows to the largest
 * page seen, and shrinks to a page that was shorter although Gogs announced another page after it.
 */
final class PageSize {

    private final int defaultCap;
    private int largestSeen;
    private int shortestNotLast = Integer.MAX_VALUE;

    PageSize(int defaultCap) {
        this.defaultCap = defaultCap;
    }

    /** The number of items a full page holds when {@code limit} (0: none) was asked for. */
    synchronized int of(int limit) {
        int cap = Math.max(largestSeen, Math.min(defaultCap, shortestNotLast));
        return limit > 0 ? Math.min(limit, cap) : cap;
    }

    synchronized void observe(int limit, int items, boolean announcesNext) {
        largestSeen = Math.max(largestSeen, items);
        if (announcesNext && items > 0 && items < (limit > 0 ? limit : Integer.MAX_VALUE)) {
            shortestNotLast = Math.min(shortestNotLast, items);
        }
    }
}
