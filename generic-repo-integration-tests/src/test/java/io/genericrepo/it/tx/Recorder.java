package io.genericrepo.it.tx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Keeps every request a client sends, to show what was sent (or that nothing was). */
final class Recorder implements ExecutionInterceptor {

    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request());
    }

    <R extends SdkRequest> List<R> of(Class<R> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
