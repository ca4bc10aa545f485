package io.jenkins.plugins.gogs.client;

import java.util.List;

/**
 * One page of a listing as Gogs served it: which slice was asked for ({@code page} of pages of {@code limit} items,
 * {@code limit} 0 where the server fixes the size), what came back, and from when the server's snapshot is at the
 * earliest ({@code notBefore}, epoch seconds on the server's clock).
 *
 * @param sequence the order in which reads completed within one listing session
 */
record PageRead<T>(int page, int limit, List<T> items, List<Object> keys, long notBefore, long sequence) {

    PageRead {
        items = List.copyOf(items);
        keys = List.copyOf(keys);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
