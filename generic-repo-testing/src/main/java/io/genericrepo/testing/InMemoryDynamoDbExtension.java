package io.genericrepo.testing;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Gives a test a fresh in-memory DynamoDB engine: parameters of type {@link DynamoDbClient},
 * {@link DynamoDbAsyncClient}, {@link InMemoryDynamoDb} and {@link ManualClock} all refer to one
 * engine, which runs on that clock. Parameters of a test method get an engine of their own for that
 * method; parameters of the constructor get one for the test instance (so, for the whole class
 * under {@code @TestInstance(PER_CLASS)}). The engine is closed when its scope ends.
 *
 * <pre>{@code
 * @ExtendWith(InMemoryDynamoDbExtension.class)
 * class OrderRepositoryTest {
 *     @Test void savesAndLoads(DynamoDbClient client) {
 *         OrderRepository orders = OrderRepository.builder().client(client).build();
 *         orders.createTable();
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class InMemoryDynamoDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InMemoryDynamoDbExtension.class);

    /**
     * Constructor parameters are resolved in the test method's context (under the default lifecycle, a
     * new instance per method), so that each instance gets its own engine; under
     * {@code @TestInstance(PER_CLASS)} JUnit resolves them in the class's context, one engine for all.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DynamoDbAsyncClient.class || type == InMemoryDynamoDb.class
                || type == ManualClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Engine engine = context.getStore(NAMESPACE).getOrComputeIfAbsent(Engine.class, k -> Engine.start(), Engine.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return engine.db.client();
        }
        if (type == DynamoDbAsyncClient.class) {
            return engine.db.asyncClient();
        }
        return type == ManualClock.class ? engine.clock : engine.db;
    }

    /** One engine and its clock, closed with the context that holds it. */
    private record Engine(InMemoryDynamoDb db, ManualClock clock) implements AutoCloseable {
        static Engine start() {
            ManualClock clock = ManualClock.startingNow();
            return new Engine(InMemoryDynamoDb.builder().clock(clock).build(), clock);
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
