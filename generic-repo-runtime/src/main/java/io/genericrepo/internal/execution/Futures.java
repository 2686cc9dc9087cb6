package io.genericrepo.internal.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Loops over futures that may already be complete (the sync runner's) or not (the async one's),
 * without deep recursion either way: the same code then runs sync and async. Internal.
 */
public final class Futures {

    private Futures() {}

    /**
     * {@code while (more(state)) state = step(state)}, asynchronously.
     *
     * @param initial the first state
     * @param more whether to take another step
     * @param step the next state
     * @param <S> the state
     * @return the last state
     */
    public static <S> CompletableFuture<S> loop(S initial, Predicate<S> more, Function<S, CompletableFuture<S>> step) {
        CompletableFuture<S> result = new CompletableFuture<>();
        continueLoop(initial, more, step, result);
        return result;
    }

    private static <S> void continueLoop(S initial, Predicate<S> more, Function<S, CompletableFuture<S>> step,
            CompletableFuture<S> result) {
        S state = initial;
        try {
            while (more.test(state)) {
                CompletableFuture<S> next = step.apply(state);
                if (next.isDone() && !next.isCompletedExceptionally()) {
                    state = next.join(); // the sync runner: no recursion
                    continue;
                }
                next.whenComplete((s, e) -> {
                    if (e != null) {
                        result.completeExceptionally(cause(e));
                    } else {
                        continueLoop(s, more, step, result);
                    }
                });
                return;
            }
            result.complete(state);
        } catch (Throwable e) { // an Error too: a future left incomplete would leave its caller waiting
            result.completeExceptionally(e);
        }
    }

    /**
     * @param t a failure, perhaps wrapped by a future
     * @return what failed, unwrapped, {@link Error}s included
     */
    public static Throwable cause(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Runs a task for each index, at most {@code limit} at a time.
     *
     * @param count how many tasks
     * @param limit how many may run at once
     * @param task the task for an index
     * @param <R> a task's result
     * @return the results, by index; failed with the first failure once all tasks ended
     */
    public static <R> CompletableFuture<List<R>> bounded(int count, int limit, IntFunction<CompletableFuture<R>> task) {
        CompletableFuture<List<R>> result = new CompletableFuture<>();
        if (count == 0) {
            result.complete(List.of());
            return result;
        }
        Object[] results = new Object[count];
        Throwable[] failure = new Throwable[1];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable[] worker = new Runnable[1];
        worker[0] = () -> {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= count) {
                    return;
                }
                CompletableFuture<R> f;
                try {
                    f = task.apply(i);
                } catch (Throwable e) {
                    f = CompletableFuture.failedFuture(e);
                }
                if (f.isDone()) {
                    f.whenComplete((r, e) -> record(r, e, i, results, failure, done, count, result)); // runs now
                    continue;
                }
                f.whenComplete((r, e) -> {
                    record(r, e, i, results, failure, done, count, result);
                    worker[0].run();
                });
                return;
            }
        };
        for (int w = 0; w < Math.min(limit, count); w++) {
            worker[0].run();
        }
        return result;
    }

    private static <R> void record(R value, Throwable error, int i, Object[] results, Throwable[] failure,
            AtomicInteger done, int count, CompletableFuture<List<R>> result) {
        if (error == null) {
            results[i] = value;
        } else {
            synchronized (failure) {
                if (failure[0] == null) {
                    failure[0] = cause(error);
                }
            }
        }
        if (done.incrementAndGet() == count) {
            if (failure[0] != null) {
                result.completeExceptionally(failure[0]);
            } else {
                @SuppressWarnings("unchecked")
                List<R> all = (List<R>) new ArrayList<>(Arrays.asList(results));
                result.complete(all);
            }
        }
    }
}
