package io.genericrepo.internal.batch;

import io.genericrepo.internal.execution.RetryPolicy;
import io.genericrepo.internal.execution.Runner;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chunk's turn through its retries: whether another request may be sent, and the wait (logged)
 * before it, by the repository's {@link RetryPolicy}, which also decides which failures are worth
 * a retry. Internal.
 */
final class BatchRetries {

    private static final Logger LOG = LoggerFactory.getLogger("io.genericrepo");

    private final RetryPolicy policy;
    private final String table;

    BatchRetries(RetryPolicy policy, String table) {
        this.policy = policy;
        this.table = table;
    }

    /** @return true if a chunk that has made {@code attempts} requests may make another */
    boolean mayTry(int attempts) {
        return attempts < policy.maxAttempts();
    }

    /**
     * @param runner runs the wait
     * @param attempts requests already made for the chunk (none: no wait)
     * @param call the request's name, for the log
     * @param pending items still to send
     * @param total the chunk's items
     * @return done when the next request may go
     */
    CompletableFuture<Void> waitBefore(Runner runner, int attempts, String call, int pending, int total) {
        if (attempts == 0) {
            return CompletableFuture.completedFuture(null);
        }
        Duration delay = policy.delayBefore(attempts);
        LOG.warn("{} {}: {} of {} items unprocessed or throttled; retry {} of {} in {} ms", call, table, pending, total,
                attempts, policy.maxAttempts() - 1, delay.toMillis());
        return runner.sleep(delay);
    }
}
