package io.genericrepo.internal.execution;

import io.genericrepo.internal.table.TableActions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs operations and waits, either on the caller's thread (sync: futures that are already
 * complete) or without blocking (async). Compound behaviour (versions, TTL, batches with retries,
 * pagination) is written once against this interface in {@link TableActions}. Internal.
 */
public interface Runner extends AutoCloseable {

    /**
     * @param op the operation
     * @param <Q> request type
     * @param <S> response type
     * @param <R> result type
     * @return its result; failed with the operation's mapped exception
     */
    <Q, S, R> CompletableFuture<R> call(Operation<Q, S, R> op);

    /**
     * @param delay how long
     * @return a future completed after that long (sync: after sleeping)
     */
    CompletableFuture<Void> sleep(Duration delay);

    @Override
    void close();

    /**
     * Waits for a future and rethrows its failure as it was, not wrapped.
     *
     * @param future a future
     * @param <R> its type
     * @return its value
     */
    static <R> R join(CompletableFuture<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * @param t a failure, perhaps wrapped by a future
     * @return the runtime exception inside
     */
    static RuntimeException unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
