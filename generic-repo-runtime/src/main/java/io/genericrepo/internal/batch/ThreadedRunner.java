package io.genericrepo.internal.batch;

import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.execution.SyncExecutor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sync repository's batch requests sent from a few threads of their own, for a
 * {@code saveAll}/{@code deleteAll} with {@code maxConcurrency} above 1: each request runs on the
 * {@link SyncExecutor} (its logging and error mapping) on one of at most {@code threads} daemon
 * threads, and a retry's wait is scheduled rather than slept, so no thread is held while waiting.
 * Made for one call and closed once the call has ended; closing stops its threads, never the
 * client. Internal.
 */
public final class ThreadedRunner implements Runner {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final SyncExecutor executor;
    private final ExecutorService threads;

    /**
     * @param executor sends each request
     * @param threads how many requests may be under way at once
     */
    public ThreadedRunner(SyncExecutor executor, int threads) {
        this.executor = executor;
        String name = "generic-repo-batch-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, name + count.incrementAndGet());
            t.setDaemon(true); // a call abandoned by an interrupt must not keep the JVM alive
            return t;
        });
    }

    @Override
    public <Q, S, R> CompletableFuture<R> call(Operation<Q, S, R> op) {
        return CompletableFuture.supplyAsync(() -> executor.run(op), threads);
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, threads));
    }

    /** Stops the threads (interrupting any request still under way after the caller gave up). */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
