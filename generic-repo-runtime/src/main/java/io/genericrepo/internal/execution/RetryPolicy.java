package io.genericrepo.internal.execution;

import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How batches retry: up to {@code maxAttempts} requests per chunk, waiting between them as the
 * SDK's {@link BackoffStrategy#exponentialDelay} does (exponential backoff with full jitter: a
 * random time below {@code min(maxDelay, baseDelay * 2^(retry - 1))}, in whole milliseconds).
 *
 * <p>Unprocessed items are retried here, since DynamoDB answered and the SDK saw no failure.
 * A throttling or server error is retried here only if the SDK did not retry it already (its
 * exception counts one attempt: the client was built without retries); one that went through
 * the SDK's own retries, with the SDK's own backoff, fails the chunk, so that a chunk is never
 * tried the SDK's attempts times these. Internal.
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

    /** @return the SDK's strategy for these delays (no wait at all below a millisecond) */
    public BackoffStrategy backoff() {
        return baseDelay.toMillis() == 0 ? BackoffStrategy.retryImmediately()
                : BackoffStrategy.exponentialDelay(baseDelay, maxDelay);
    }

    /**
     * @param retry 1 for the first retry
     * @return how long to wait before it
     */
    public Duration delayBefore(int retry) {
        return backoff().computeDelay(retry + 1); // the SDK counts attempts: its attempt 2 is our retry 1
    }

    /**
     * @param e a failed request
     * @return true if the SDK already retried it, so that retrying it again would multiply attempts
     */
    public static boolean retriedBySdk(RuntimeException e) {
        return e instanceof SdkException sdk && sdk.numAttempts() != null && sdk.numAttempts() > 1;
    }

    /**
     * Throttling and server errors are worth retrying, unless the SDK already retried them (see
     * {@link #retriedBySdk}); a request DynamoDB refuses as invalid is not.
     *
     * @param e a failed request
     * @return true if the batch loop should send it again
     */
    public static boolean retryable(RuntimeException e) {
        if (retriedBySdk(e)) {
            return false;
        }
        if (e instanceof AwsServiceException aws) {
            return aws.isThrottlingException() || aws.statusCode() >= 500;
        }
        return e instanceof SdkException sdk && sdk.retryable();
    }
}
