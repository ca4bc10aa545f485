package io.jenkins.plugins.gogs.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded retries with exponential backoff, for idempotent requests only (GET, HEAD, PUT, DELETE) and only after a
 * connection failure or a 502/503/504: a POST or PATCH that reached the server may have taken effect.
 *
 * @param maxRetries   retries after the first attempt; 0 disables retrying
 * @param initialDelay the wait before the first retry; each further retry doubles it
 * @param maxDelay     the longest single wait
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    /** Two retries, waiting about 0.25 s then 0.5 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(2, Duration.ofMillis(250), Duration.ofSeconds(5));

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be between 0 and 10, not " + maxRetries);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("Retry delays must not be negative");
        }
    }

    /** The wait before retry number {@code retry} (1-based), with up to 20% jitter so clients don't retry in step. */
    Duration delayBefore(int retry) {
        long base = initialDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long jitter = capped <= 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - jitter);
    }
}
