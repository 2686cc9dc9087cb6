package io.genericrepo.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loops and bounded fan-out over futures, complete or not, with failures (Errors included) reaching the result. */
class FuturesTest {

    @Test
    void aLoopOverCompletedFuturesRunsWithoutRecursion() {
        CompletableFuture<Integer> done = Futures.loop(0, i -> i < 200_000, i -> CompletableFuture.completedFuture(i + 1));
        assertEquals(200_000, done.join(), "200,000 steps would overflow the stack if each recursed");
    }

    @Test
    void aLoopOverPendingFuturesContinuesWhenEachCompletes() throws Exception {
        List<CompletableFuture<Integer>> steps = new ArrayList<>();
        CompletableFuture<Integer> done = Futures.loop(0, i -> i < 3, i -> {
            CompletableFuture<Integer> step = new CompletableFuture<>();
            steps.add(step);
            return step.thenApply(v -> i + 1);
        });
        for (int i = 0; i < 3; i++) {
            assertFalse(done.isDone());
            assertEquals(i + 1, steps.size(), "one step at a time");
            steps.get(i).complete(0);
        }
        assertEquals(3, done.get(1, TimeUnit.SECONDS));
    }

    @Test
    void aFailedStepFailsTheLoopUnwrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        CompletableFuture<Integer> failed = Futures.loop(0, i -> true, i -> pending.thenApply(v -> v));
        pending.completeExceptionally(new CompletionException(boom));
        ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(1, TimeUnit.SECONDS));
        assertSame(boom, e.getCause());
    }

    @Test
    void anErrorInAStepFailsTheLoopInsteadOfLeavingItPending() {
        AssertionError error = new AssertionError("an Error, not an exception");
        CompletableFuture<Integer> later = new CompletableFuture<>();
        CompletableFuture<Integer> async = Futures.loop(0, i -> true, i -> later);
        later.completeExceptionally(error);
        ExecutionException e = assertThrows(ExecutionException.class, () -> async.get(1, TimeUnit.SECONDS));
        assertSame(error, e.getCause());
        CompletableFuture<Integer> thrown = Futures.loop(0, i -> true, i -> {
            throw error;
        });
        assertTrue(thrown.isCompletedExceptionally());
    }

    @Test
    void boundedRunsAtMostLimitTasksAtOnceAndKeepsResultsByIndex() {
        List<CompletableFuture<String>> started = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CompletableFuture<List<String>> all = Futures.bounded(7, 3, i -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            CompletableFuture<String> f = new CompletableFuture<>();
            started.add(f);
            return f.whenComplete((v, e) -> running.decrementAndGet()).thenApply(v -> v + i);
        });
        assertEquals(3, started.size(), "three at once");
        for (int i = 0; i < 7; i++) {
            started.get(i).complete("t");
        }
        assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6"), all.join());
        assertEquals(3, most.get());
        assertEquals(List.of(), Futures.bounded(0, 3, i -> CompletableFuture.completedFuture(i)).join());
    }

    @Test
    void boundedReportsTheFirstFailureOnceEveryTaskEnded() {
        List<CompletableFuture<Integer>> started = new ArrayList<>();
        CompletableFuture<List<Integer>> all = Futures.bounded(3, 3, i -> {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            started.add(f);
            return f;
        });
        IllegalArgumentException first = new IllegalArgumentException("first");
        started.get(1).completeExceptionally(first);
        started.get(0).completeExceptionally(new OutOfMemoryError("second, an Error"));
        assertFalse(all.isDone(), "task 2 still runs");
        started.get(2).complete(2);
        CompletionException e = assertThrows(CompletionException.class, all::join);
        assertSame(first, e.getCause());
        CompletableFuture<List<Integer>> thrown = Futures.bounded(2, 1, i -> {
            throw new StackOverflowError("thrown by a task");
        });
        assertTrue(thrown.isCompletedExceptionally(), "an Error thrown by a task fails the result");
    }

    @Test
    void causeUnwrapsWhatFuturesWrap() {
        Error error = new Error("inner");
        assertSame(error, Futures.cause(new CompletionException(new ExecutionException(error))));
        IllegalStateException plain = new IllegalStateException();
        assertSame(plain, Futures.cause(plain));
    }
}
