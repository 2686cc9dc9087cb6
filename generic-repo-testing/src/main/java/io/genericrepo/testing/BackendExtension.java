package io.genericrepo.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts the {@link Backend} the run is configured for ({@code -Dgenericrepo.backend=engine|dynalite})
 * once per test run, kept in the root context's store (which closes it when the run ends), and
 * injects it, or a shared {@link DynamoDbClient} / {@link DynamoDbAsyncClient} for it, into test
 * constructors and methods.
 *
 * <pre>{@code
 * @ExtendWith(BackendExtension.class)
 * class OrderRepositoryTest {
 *     OrderRepositoryTest(DynamoDbClient client) { ... }
 * }
 * }</pre>
 */
public final class BackendExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BackendExtension.class);
    private static final AtomicInteger TABLES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        backend(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DynamoDbAsyncClient.class || type == Backend.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Backend backend = backend(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Backend.class) {
            return backend;
        }
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        if (type == DynamoDbAsyncClient.class) {
            return store.getOrComputeIfAbsent(AsyncClient.class, k -> new AsyncClient(backend.asyncClient()), AsyncClient.class)
                    .client;
        }
        return store.getOrComputeIfAbsent(SyncClient.class, k -> new SyncClient(backend.client()), SyncClient.class).client;
    }

    /**
     * @param prefix what the table is for
     * @return a table name no other test in this run uses
     */
    public static String uniqueTableName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    private static Backend backend(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Handle.class, k -> new Handle(Backend.start(Backend.configured())), Handle.class).backend;
    }

    /** Closes the backend with the root context. */
    private record Handle(Backend backend) implements AutoCloseable {
        @Override
        public void close() {
            backend.close();
        }
    }

    /** Closes the shared client with the root context. */
    private record SyncClient(DynamoDbClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    /** Closes the shared async client with the root context. */
    private record AsyncClient(DynamoDbAsyncClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
