package io.jenkins.plugins.gogs.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Gogs pagination, done the way Gogs needs it (see docs/client.md): every page URL is built from the client's own
 * base URL with all the first request's query parameters plus {@code page=N}; the {@code Link} header is read only
 * for the number of the last page, its URLs are never requested.
 */
final class Paginator {

    /** More pages than this is not a Gogs listing but a broken or hostile header. */
    static final int MAX_PAGES = 100_000;

    private final ApiCaller caller;
    private final Executor pageExecutor;

    Paginator(ApiCaller caller, Executor pageExecutor) {
        this.caller = caller;
        this.pageExecutor = pageExecutor;
    }

    /** One page's items and the last page number the server announced (this page's number when none). */
    record Page<T>(int number, List<T> items, int lastPage) {}

    <T> Page<T> fetch(ApiRequest first, int number, ApiCaller.BodyParser<List<T>> parser) {
        ApiRequest request = first.withQuery("page", number);
        HttpResult result = caller.send(request);
        List<T> items = result.hasBody() ? ApiCaller.parse(request, result, parser) : List.of();
        int last = LinkHeader.lastPage(result.link()).orElse(number);
        if (last > MAX_PAGES) {
            throw new UnexpectedResponseException(
                    request.method(),
                    "/api/v1" + request.path(),
                    result.status(),
                    "the Link header announces " + last + " pages");
        }
        return new Page<>(number, items, Math.max(last, number));
    }

    /**
     * Every item of every listing, each listing in the server's order: the first pages are fetched together, then all
     * remaining pages concurrently on the client's bounded page executor. Duplicates (an item that moved to the next
     * page while we read) are dropped by {@code key}, keeping the first occurrence.
     */
    <T> List<List<T>> all(List<ApiRequest> listings, ApiCaller.BodyParser<List<T>> parser, Function<T, ?> key) {
        List<CompletableFuture<Page<T>>> firstPages =
                listings.stream().map(r -> submit(() -> fetch(r, 1, parser))).toList();
        List<List<CompletableFuture<Page<T>>>> pagesPerListing = new ArrayList<>();
        List<CompletableFuture<?>> everything = new ArrayList<>(firstPages);
        try {
            for (int i = 0; i < listings.size(); i++) {
                Page<T> first = join(firstPages.get(i));
                List<CompletableFuture<Page<T>>> pages = new ArrayList<>();
                pages.add(CompletableFuture.completedFuture(first));
                for (int n = 2; n <= first.lastPage(); n++) {
                    int number = n;
                    ApiRequest listing = listings.get(i);
                    pages.add(submit(() -> fetch(listing, number, parser)));
                }
                everything.addAll(pages);
                pagesPerListing.add(pages);
            }
            List<List<T>> results = new ArrayList<>();
            for (List<CompletableFuture<Page<T>>> pages : pagesPerListing) {
                results.add(collect(pages, key));
            }
            return results;
        } catch (RuntimeException e) {
            everything.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    private <T> List<T> collect(List<CompletableFuture<Page<T>>> pages, Function<T, ?> key) {
        Map<Object, T> unique = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page<T> page = join(pages.get(i));
            if (page.items().isEmpty()) {
                pages.subList(i + 1, pages.size()).forEach(f -> f.cancel(true)); // the listing shrank meanwhile
                break;
            }
            page.items().forEach(item -> unique.putIfAbsent(key.apply(item), item));
        }
        return new ArrayList<>(unique.values());
    }

    /** A lazy stream: the next page is requested only when the caller has consumed the previous one. */
    <T> Stream<T> stream(ApiRequest first, ApiCaller.BodyParser<List<T>> parser, Function<T, ?> key) {
        Iterator<T> items = new PageIterator<>(first, parser);
        Stream<T> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
        Set<Object> seen = new HashSet<>();
        return stream.filter(item -> seen.add(key.apply(item)));
    }

    private final class PageIterator<T> implements Iterator<T> {
        private final ApiRequest first;
        private final ApiCaller.BodyParser<List<T>> parser;
        private Iterator<T> current = Collections.emptyIterator();
        private int nextPage = 1;
        private int lastPage = 1;

        PageIterator(ApiRequest first, ApiCaller.BodyParser<List<T>> parser) {
            this.first = first;
            this.parser = parser;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextPage <= lastPage) {
                Page<T> page = fetch(first, nextPage, parser);
                if (page.items().isEmpty()) {
                    nextPage = Integer.MAX_VALUE;
                    break;
                }
                current = page.items().iterator();
                lastPage = Math.max(lastPage, page.lastPage()); // a shrunk listing ends with an empty page
                nextPage++;
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

    private <T> CompletableFuture<T> submit(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pageExecutor);
    }

    /** Waits for a page; its failure is rethrown as the {@link GogsException} it was. */
    private static <T> T join(CompletableFuture<T> future) {
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
