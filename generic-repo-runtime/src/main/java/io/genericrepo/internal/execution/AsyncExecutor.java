package io.genericrepo.internal.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Runs {@link Operation}s on a {@link DynamoDbAsyncClient} without blocking, logging as
 * {@link SyncExecutor} does; waits are scheduled, not slept. Internal.
 */
public final class AsyncExecutor implements Runner {

    private final DynamoDbAsyncClient client;
    private final boolean ownsClient;

    /**
     * @param client the client
     * @param ownsClient whether {@link #close()} closes it (only a client the builder made)
     */
    public AsyncExecutor(DynamoDbAsyncClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
    }

    /** @return the client */
    public DynamoDbAsyncClient client() {
        return client;
    }

    @Override
    public <Q, S, R> CompletableFuture<R> call(Operation<Q, S, R> op) {
        long start = System.nanoTime();
        CompletableFuture<S> sent;
        try {
            sent = op.call().async(client, op.request());
        } catch (Throwable e) { // an Error too: it must fail the future, not escape the caller's chain
            sent = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        sent.whenComplete((response, failure) -> {
            if (failure != null) {
                Throwable cause = Futures.cause(failure);
                SyncExecutor.logFailure(op, start, cause);
                try {
                    result.completeExceptionally(cause instanceof RuntimeException e ? op.onError().apply(e) : cause);
                } catch (Throwable explaining) { // the future must complete even when explaining the failure fails
                    explaining.addSuppressed(cause);
                    result.completeExceptionally(explaining);
                }
                return;
            }
            SyncExecutor.logSuccess(op, start, response);
            try {
                result.complete(op.transform().apply(response));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        return CompletableFuture.runAsync(() -> { }, later);
    }

    /** Closes the client if the repository built it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
