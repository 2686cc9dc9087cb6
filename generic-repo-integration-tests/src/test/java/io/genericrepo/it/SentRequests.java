package io.genericrepo.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Keeps every request a client sends, to show what was sent (or that nothing was). */
public final class SentRequests implements ExecutionInterceptor {

    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request());
    }

    /** @return the requests sent since the last {@link #clear()} */
    public List<SdkRequest> all() {
        return List.copyOf(sent);
    }

    /**
     * @param type a request class
     * @param <R> the request type
     * @return the requests of that type sent since the last {@link #clear()}
     */
    public <R extends SdkRequest> List<R> of(Class<R> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the operation names sent, such as {@code PutItem} */
    public List<String> names() {
        return sent.stream().map(r -> r.getClass().getSimpleName().replace("Request", "")).toList();
    }

    public void clear() {
        sent.clear();
    }
}
