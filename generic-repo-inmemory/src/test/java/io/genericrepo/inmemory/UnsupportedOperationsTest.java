package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

/**
 * Every operation of the SDK's interfaces is either implemented or refuses by name: none is left
 * to the SDK's default, which throws an UnsupportedOperationException without a message.
 */
class UnsupportedOperationsTest extends EngineTestSupport {

    private static final Set<String> IMPLEMENTED = Set.of("batchGetItem", "batchWriteItem", "createTable", "deleteItem",
            "deleteTable", "describeTable", "describeTimeToLive", "getItem", "listTables", "putItem", "query", "scan",
            "transactGetItems", "transactWriteItems", "updateItem", "updateTable", "updateTimeToLive");

    @Test
    void executeStatementNamesItself() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> client.executeStatement(ExecuteStatementRequest.builder().statement("SELECT * FROM t").build()));
        assertEquals("ExecuteStatement is not supported by the in-memory DynamoDB engine", e.getMessage());
    }

    @Test
    void everySyncOperationIsImplementedOrNamesItself() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Method m : DynamoDbClient.class.getMethods()) {
            if (!isOperation(m)) {
                continue;
            }
            String operation = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            Object request = requestOf(m);
            try {
                m.invoke(client, request);
                assertTrue(IMPLEMENTED.contains(m.getName()), m.getName() + " answered without being implemented");
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UnsupportedOperationException u && u.getMessage() != null
                        && u.getMessage().startsWith(operation + " is not supported")) {
                    assertTrue(!IMPLEMENTED.contains(m.getName()), m.getName());
                } else if (!IMPLEMENTED.contains(m.getName())) {
                    fail(m.getName() + " threw " + cause);
                }
            }
            checked.add(m.getName());
        }
        assertTrue(checked.size() >= 58, "all operations seen: " + checked.size());
    }

    @Test
    void everyAsyncOperationIsImplementedOrNamesItself() throws Exception {
        DynamoDbAsyncClient async = engine.asyncClient();
        int checked = 0;
        for (Method m : DynamoDbAsyncClient.class.getMethods()) {
            if (!isOperation(m)) {
                continue;
            }
            String operation = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            CompletableFuture<?> f = (CompletableFuture<?>) m.invoke(async, requestOf(m));
            try {
                f.join();
                assertTrue(IMPLEMENTED.contains(m.getName()), m.getName());
            } catch (CompletionException e) {
                if (e.getCause() instanceof UnsupportedOperationException u) {
                    assertEquals(operation + " is not supported by the in-memory DynamoDB engine", u.getMessage());
                } else {
                    assertTrue(IMPLEMENTED.contains(m.getName()), m.getName() + " threw " + e.getCause());
                }
            }
            checked++;
        }
        assertTrue(checked >= 58, "all operations seen: " + checked);
    }

    @Test
    void clientBasicsWork() {
        assertEquals("dynamodb", client.serviceName());
        assertNotNull(client.serviceClientConfiguration().region());
        assertNotNull(client.waiter());
        client.close();
        createHashTable("still-there");
        assertInstanceOf(DynamoDbClient.class, engine.client());
        assertEquals("dynamodb", engine.asyncClient().serviceName());
        createHashTable("answered");
        var r = client.getItem(b -> b.tableName("answered").key(item("pk", "a")));
        assertEquals(200, r.sdkHttpResponse().statusCode());
        assertNotNull(r.responseMetadata().requestId());
    }

    private static boolean isOperation(Method m) {
        return m.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0])
                && !m.getName().endsWith("Paginator") && !Modifier.isStatic(m.getModifiers());
    }

    private static Object requestOf(Method m) throws Exception {
        Object builder = m.getParameterTypes()[0].getMethod("builder").invoke(null);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(builder);
    }
}
