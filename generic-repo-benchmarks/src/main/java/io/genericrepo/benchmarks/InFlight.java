package io.genericrepo.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * Counts the BatchWriteItem requests a client has in flight, and the most at once since
 * {@link #reset}: how the dynalite group sees whether a sync {@code saveAll} sends chunks
 * concurrently, rather than assuming it.
 */
final class InFlight implements ExecutionInterceptor {

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest) {
            int current = now.incrementAndGet();
            most.accumulateAndGet(current, Math::max);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest) {
            now.decrementAndGet();
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest) {
            now.decrementAndGet();
        }
    }

    void reset() {
        most.set(now.get());
    }

    int most() {
        return most.get();
    }
}
