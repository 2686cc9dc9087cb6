package io.genericrepo.internal.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs {@link Operation}s on a {@link DynamoDbClient} on the caller's thread, logging each request
 * at DEBUG (operation, table, key, latency) and, at TRACE only, the request and response with
 * their values. Internal.
 */
public final class SyncExecutor implements Runner {

    static final Logger LOG = LoggerFactory.getLogger("io.genericrepo");

    private final DynamoDbClient client;
    private final boolean ownsClient;
    private volatile boolean closed;

    /**
     * @param client the client
     * @param ownsClient whether {@link #close()} closes it (only a client the builder made)
     */
    public SyncExecutor(DynamoDbClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
    }

    /** @return the client */
    public DynamoDbClient client() {
        return client;
    }

    /**
     * @param op the operation
     * @param <Q> request type
     * @param <S> response type
     * @param <R> result type
     * @return its result
     */
    public <Q, S, R> R run(Operation<Q, S, R> op) {
        if (closed) { // not every HTTP client refuses requests once closed (URLConnection's does not)
            throw new IllegalStateException("The repository is closed, and with it the client it built; "
                    + op.call().name() + " on " + op.tableName() + " was not sent");
        }
        long start = System.nanoTime();
        S response;
        try {
            response = op.call().sync(client, op.request());
        } catch (RuntimeException e) {
            logFailure(op, start, e);
            throw op.onError().apply(e);
        }
        logSuccess(op, start, response);
        return op.transform().apply(response);
    }

    @Override
    public <Q, S, R> CompletableFuture<R> call(Operation<Q, S, R> op) {
        try {
            return CompletableFuture.completedFuture(run(op));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new IllegalStateException("interrupted while waiting to retry", e));
        }
    }

    static void logFailure(Operation<?, ?, ?> op, long startNanos, Throwable e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} [{}] failed after {} ms: {}", op.call().name(), op.tableName(), op.key(),
                    millis(startNanos), e.getClass().getSimpleName());
        }
    }

    static void logSuccess(Operation<?, ?, ?> op, long startNanos, Object response) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} [{}] {} ms", op.call().name(), op.tableName(), op.key(), millis(startNanos));
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} request {} response {}", op.call().name(), op.request(), response);
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Closes the client if the repository built it. */
    @Override
    public void close() {
        if (ownsClient) {
            closed = true;
            client.close();
        }
    }
}
