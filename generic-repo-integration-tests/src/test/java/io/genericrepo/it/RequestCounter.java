package io.genericrepo.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Records the name of every request a client sends, to show that bad input sends nothing. */
final class RequestCounter implements ExecutionInterceptor {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request().getClass().getSimpleName().replace("Request", ""));
    }

    /** @return the operations sent so far, such as {@code PutItem} */
    List<String> sent() {
        return List.copyOf(sent);
    }

    void clear() {
        sent.clear();
    }
}
