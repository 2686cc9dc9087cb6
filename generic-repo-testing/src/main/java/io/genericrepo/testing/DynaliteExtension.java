package io.genericrepo.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts one {@link DynaliteServer} per test run (kept in the root context's store, which stops
 * it when the run ends) and injects a {@link DynamoDbClient} for it, or the server itself, into
 * test constructors and methods.
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)
 * class OrderRepositoryTest {
 *     OrderRepositoryTest(DynamoDbClient client) { ... }
 * }
 * }</pre>
 */
public final class DynaliteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynaliteExtension.class);
    private static final AtomicInteger TABLES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DynaliteServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DynaliteServer server = server(context);
        if (parameter.getParameter().getType() == DynaliteServer.class) {
            return server;
        }
        Clients clients = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Clients.class,
                k -> new Clients(server.newClient()), Clients.class);
        return clients.client;
    }

    /**
     * @param prefix what the table is for
     * @return a table name no other test in this run uses
     */
    public static String uniqueTableName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    private static DynaliteServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Handle.class, k -> new Handle(DynaliteServer.start()), Handle.class).server;
    }

    /** Closes the server with the root context. */
    private record Handle(DynaliteServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    /** Closes the shared client with the root context. */
    private record Clients(DynamoDbClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
