package io.genericrepo.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Batch retry delays come from the SDK's backoff with full jitter; throttling the SDK retried is not retried again. */
class RetryPolicyTest {

    @Test
    void delaysGrowExponentiallyUpToTheCapWithFullJitter() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(8), Duration.ofMillis(100));
        long[] bounds = {8, 16, 32, 64, 100, 100, 100};
        for (int retry = 1; retry <= bounds.length; retry++) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                long ms = policy.delayBefore(retry).toMillis();
                assertTrue(ms >= 0 && ms < bounds[retry - 1], "retry " + retry + " waited " + ms + " ms");
                seen.add(ms);
            }
            assertTrue(seen.size() > 3, "jitter: 300 waits before retry " + retry + " took only " + seen);
        }
    }

    @Test
    void zeroOrSubMillisecondDelaysRetryAtOnce() {
        assertEquals(Duration.ZERO, new RetryPolicy(3, Duration.ZERO, Duration.ZERO).delayBefore(2));
        assertEquals(Duration.ZERO, new RetryPolicy(3, Duration.ofNanos(500), Duration.ofMillis(1)).delayBefore(5));
    }

    @Test
    void settingsAreChecked() {
        IllegalArgumentException attempts = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertEquals("batch retries need at least 1 attempt, found 0", attempts.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertEquals("batch retry delays must be 0 <= base <= max, found base PT2S and max PT1S", order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofMillis(-1), Duration.ZERO));
    }

    @Test
    void anExceptionTheSdkRetriedCountsAsRetried() {
        assertTrue(RetryPolicy.retriedBySdk(throttling(3)));
        assertFalse(RetryPolicy.retriedBySdk(throttling(1)), "a client without retries tried once");
        assertFalse(RetryPolicy.retriedBySdk(SdkClientException.create("no attempt count")));
        assertFalse(RetryPolicy.retriedBySdk(new IllegalStateException("not from the SDK")));
        assertFalse(RetryPolicy.retryable(throttling(3)), "the batch loop does not retry it again");
        assertTrue(RetryPolicy.retryable(throttling(1)), "but is the only retry when the SDK made none");
    }

    private static ProvisionedThroughputExceededException throttling(int attempts) {
        return ProvisionedThroughputExceededException.builder()
                .statusCode(400).message("throttled").numAttempts(attempts)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build();
    }
}
