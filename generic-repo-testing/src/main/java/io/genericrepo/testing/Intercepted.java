package io.genericrepo.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the SDK's {@link ExecutionInterceptor}s around a client that the SDK did not build (the
 * in-memory engine's), so that a test's request counters and fault injectors see the very same
 * requests and responses on the engine as on a server over HTTP.
 *
 * <p>The hooks run in the SDK's order for the parts that exist without HTTP: {@code beforeExecution},
 * {@code modifyRequest}, the call, {@code modifyResponse}, {@code afterExecution}; on failure
 * {@code modifyException} and {@code onExecutionFailure}. Every operation method (one request
 * argument) is intercepted; the interface's other default methods (consumer-builder overloads,
 * paginators) run on the wrapper so that their requests are intercepted too.
 *
 * <p>An async call's response hooks run on a thread of their own, never the caller's, as the SDK
 * runs them on its response threads: the engine may finish a call before its future is returned,
 * and a hook run at once on the caller's thread would hold up the caller (a hook that waits for
 * the caller's next request would wait in vain).
 */
public final class Intercepted {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RESPONSES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "intercepted-response-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Intercepted() {}

    /** @return {@code client} with {@code interceptors} around each of its operations */
    public static DynamoDbClient sync(DynamoDbClient client, List<ExecutionInterceptor> interceptors) {
        return interceptors.isEmpty() ? client : proxy(DynamoDbClient.class, client, interceptors);
    }

    /** @return {@code client} with {@code interceptors} around each of its operations */
    public static DynamoDbAsyncClient async(DynamoDbAsyncClient client, List<ExecutionInterceptor> interceptors) {
        return interceptors.isEmpty() ? client : proxy(DynamoDbAsyncClient.class, client, interceptors, null);
    }

    /**
     * @param futureCompletion where the returned futures complete, as the SDK's
     *     {@code FUTURE_COMPLETION_EXECUTOR} has them complete
     * @return {@code client} with {@code interceptors} around each of its operations
     */
    public static DynamoDbAsyncClient async(DynamoDbAsyncClient client, List<ExecutionInterceptor> interceptors,
            Executor futureCompletion) {
        return proxy(DynamoDbAsyncClient.class, client, interceptors, futureCompletion);
    }

    private static <C> C proxy(Class<C> type, C target, List<ExecutionInterceptor> interceptors) {
        return proxy(type, target, interceptors, null);
    }

    private static <C> C proxy(Class<C> type, C target, List<ExecutionInterceptor> interceptors, Executor completion) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (isOperation(method)) {
                Object result = new Call(interceptors, (SdkRequest) args[0]).run(method, target);
                return completion != null && result instanceof CompletableFuture<?> future ? on(completion, future) : result;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return invoke(method, target, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static <T> CompletableFuture<T> on(Executor executor, CompletableFuture<T> future) {
        CompletableFuture<T> moved = new CompletableFuture<>();
        future.whenCompleteAsync((value, error) -> {
            if (error != null) {
                moved.completeExceptionally(error);
            } else {
                moved.complete(value);
            }
        }, executor);
        return moved;
    }

    private static boolean isOperation(Method method) {
        Class<?> result = method.getReturnType();
        return method.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                && (SdkResponse.class.isAssignableFrom(result) || result == CompletableFuture.class); // not paginators
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One intercepted call: its attributes and the context the hooks see. */
    private static final class Call {
        private final List<ExecutionInterceptor> interceptors;
        private final ExecutionAttributes attributes = new ExecutionAttributes();
        private InterceptorContext context;

        Call(List<ExecutionInterceptor> interceptors, SdkRequest request) {
            this.interceptors = interceptors;
            this.context = InterceptorContext.builder().request(request).build();
        }

        Object run(Method method, Object target) throws Throwable {
            SdkRequest request;
            try {
                interceptors.forEach(i -> i.beforeExecution(context, attributes));
                for (ExecutionInterceptor i : interceptors) {
                    context = context.copy(b -> b.request(i.modifyRequest(context, attributes)));
                }
                request = context.request();
            } catch (RuntimeException e) {
                throw failed(e);
            }
            if (CompletableFuture.class.isAssignableFrom(method.getReturnType())) {
                CompletableFuture<?> future;
                try {
                    future = (CompletableFuture<?>) invoke(method, target, new Object[] {request});
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(failed(e));
                }
                return future.handleAsync((response, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                        throw new CompletionException(cause instanceof RuntimeException r ? failed(r) : cause);
                    }
                    try {
                        return succeeded((SdkResponse) response);
                    } catch (RuntimeException e) {
                        throw new CompletionException(failed(e));
                    }
                }, RESPONSES);
            }
            SdkResponse response;
            try {
                response = (SdkResponse) invoke(method, target, new Object[] {request});
            } catch (RuntimeException e) {
                throw failed(e);
            }
            try {
                return succeeded(response);
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        private SdkResponse succeeded(SdkResponse response) {
            context = context.copy(b -> b.response(response));
            for (ExecutionInterceptor i : interceptors) {
                context = context.copy(b -> b.response(i.modifyResponse(context, attributes)));
            }
            interceptors.forEach(i -> i.afterExecution(context, attributes));
            return context.response();
        }

        private RuntimeException failed(RuntimeException error) {
            Failure failure = new Failure(context, error);
            for (ExecutionInterceptor i : interceptors) {
                Throwable modified = i.modifyException(failure, attributes);
                failure = new Failure(context, modified instanceof RuntimeException r ? r : error);
            }
            Failure last = failure;
            interceptors.forEach(i -> i.onExecutionFailure(last, attributes));
            return last.error;
        }
    }

    /** The failed-execution context the SDK's hooks receive. */
    private record Failure(InterceptorContext context, RuntimeException error) implements Context.FailedExecution {
        @Override
        public Throwable exception() {
            return error;
        }

        @Override
        public SdkRequest request() {
            return context.request();
        }

        @Override
        public Optional<SdkHttpRequest> httpRequest() {
            return Optional.empty();
        }

        @Override
        public Optional<SdkHttpResponse> httpResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SdkResponse> response() {
            return Optional.ofNullable(context.response());
        }
    }
}
