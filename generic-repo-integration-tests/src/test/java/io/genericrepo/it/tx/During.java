package io.genericrepo.it.tx;

import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Runs a step once, the first time a request of a type is about to be sent: what a caller does
 * while a commit or load is in flight, made deterministic (the request is built by then).
 */
final class During implements ExecutionInterceptor {

    private final Class<?> requestType;
    private final AtomicReference<Runnable> step = new AtomicReference<>();

    During(Class<?> requestType) {
        this.requestType = requestType;
    }

    /** @param next the step to run before the next request of the type is sent */
    void next(Runnable next) {
        step.set(next);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (requestType.isInstance(context.request())) {
            Runnable now = step.getAndSet(null);
            if (now != null) {
                now.run();
            }
        }
    }
}
