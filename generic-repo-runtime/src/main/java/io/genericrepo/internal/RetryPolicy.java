package io.genericrepo.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How batches retry unprocessed items and throttling: up to {@code maxAttempts} requests per
 * chunk, waiting between them a random time up to {@code min(maxDelay, baseDelay * 2^retry)}
 * (exponential backoff with full jitter). Internal.
 *
 * @param maxAttempts requests per chunk, the first included (at least 1)
 * @param baseDelay the first retry's largest wait
 * @param maxDelay the largest wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** 10 attempts, from 50 ms, at most 5 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(5));

    /** Checks the settings. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("batch retries need at least 1 attempt, found " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("batch retry delays must be 0 <= base <= max, found base " + baseDelay
                    + " and max " + maxDelay);
        }
    }

    /**
     * @param retry 1 for the first retry
     * @return how long to wait before it
     */
    public Duration delayBefore(int retry) {
        long cap = maxDelay.toNanos();
        long exponential = baseDelay.toNanos() << Math.min(retry - 1, 30);
        long bound = exponential <= 0 ? cap : Math.min(cap, exponential);
        return bound <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound + 1));
    }
}
