package io.genericrepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** SDK interceptors see the engine's requests and responses as they would a server's. */
class InterceptedTest {

    private static final ExecutionAttribute<String> MARK = new ExecutionAttribute<>("mark");

    private InMemoryDynamoDb engine;
    private final Recorder recorder = new Recorder();

    /** Records each hook, renames table "alias" to "real" and marks GetItem responses. */
    static final class Recorder implements ExecutionInterceptor {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            attributes.putAttribute(MARK, "seen");
            events.add("before " + name(context.request()));
        }

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            if (context.request() instanceof GetItemRequest get && get.tableName().equals("alias")) {
                return get.toBuilder().tableName("real").build();
            }
            return context.request();
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (context.response() instanceof GetItemResponse get && get.hasItem()) {
                return get.toBuilder().item(Map.of("mark", AttributeValue.fromS(attributes.getAttribute(MARK)))).build();
            }
            return context.response();
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            events.add("after " + name(context.request()));
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            events.add("failed " + name(context.request()) + " " + context.exception().getClass().getSimpleName());
        }

        private static String name(SdkRequest request) {
            return request.getClass().getSimpleName().replace("Request", "");
        }
    }

    @BeforeEach
    void start() {
        engine = InMemoryDynamoDb.create();
        engine.client().createTable(b -> b.tableName("real").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        engine.client().putItem(b -> b.tableName("real").item(Map.of("id", AttributeValue.fromS("a"))));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void hooksRunAroundEachSyncCallAndMayChangeRequestAndResponse() {
        DynamoDbClient client = Intercepted.sync(engine.client(), List.of(recorder));
        GetItemResponse response = client.getItem(b -> b.tableName("alias").key(Map.of("id", AttributeValue.fromS("a"))));
        assertEquals(Map.of("mark", AttributeValue.fromS("seen")), response.item(),
                "the request went to the renamed table, and the response was changed with the call's attributes");
        assertEquals(List.of("before GetItem", "after GetItem"), recorder.events);
    }

    @Test
    void failuresReachOnExecutionFailureAndTheCallerUnchanged() {
        DynamoDbClient client = Intercepted.sync(engine.client(), List.of(recorder));
        assertThrows(ResourceNotFoundException.class,
                () -> client.putItem(PutItemRequest.builder().tableName("missing").item(Map.of("id", AttributeValue.fromS("x"))).build()));
        assertEquals(List.of("before PutItem", "failed PutItem ResourceNotFoundException"), recorder.events);
    }

    @Test
    void paginatorsGoThroughTheInterceptorsToo() {
        DynamoDbClient client = Intercepted.sync(engine.client(), List.of(recorder));
        long items = client.scanPaginator(b -> b.tableName("real")).items().stream().count();
        assertEquals(1, items);
        assertTrue(recorder.events.contains("before Scan"), recorder.events.toString());
    }

    @Test
    void asyncCallsAreInterceptedAndFailWithTheSameCause() {
        DynamoDbAsyncClient client = Intercepted.async(engine.asyncClient(), List.of(recorder));
        GetItemResponse response = client.getItem(b -> b.tableName("alias").key(Map.of("id", AttributeValue.fromS("a")))).join();
        assertEquals("seen", response.item().get("mark").s());
        CompletionException failed = assertThrows(CompletionException.class,
                () -> client.getItem(b -> b.tableName("missing").key(Map.of("id", AttributeValue.fromS("a")))).join());
        assertInstanceOf(ResourceNotFoundException.class, failed.getCause());
        assertEquals(List.of("before GetItem", "after GetItem", "before GetItem", "failed GetItem ResourceNotFoundException"),
                recorder.events);
    }

    /**
     * The engine may finish a call before its future is returned; its response hooks must still not
     * run on the caller's thread (a hook that holds a response until the caller's next request starts
     * would then hold the caller itself). A client whose futures are always complete makes that case
     * certain instead of a matter of timing.
     */
    @Test
    void asyncResponseHooksRunOffTheCallersThreadEvenWhenTheCallIsAlreadyDone() {
        List<Thread> hooks = new CopyOnWriteArrayList<>();
        ExecutionInterceptor where = new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                hooks.add(Thread.currentThread());
            }

            @Override
            public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
                hooks.add(Thread.currentThread());
            }
        };
        DynamoDbAsyncClient alreadyDone = new DynamoDbAsyncClient() {
            @Override
            public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
                return request.tableName().equals("fails")
                        ? CompletableFuture.failedFuture(ResourceNotFoundException.builder().message("no table").build())
                        : CompletableFuture.completedFuture(GetItemResponse.builder().build());
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };
        DynamoDbAsyncClient client = Intercepted.async(alreadyDone, List.of(where));
        client.getItem(b -> b.tableName("t")).join();
        assertThrows(CompletionException.class, () -> client.getItem(b -> b.tableName("fails")).join());
        assertEquals(2, hooks.size(), "afterExecution, then onExecutionFailure: " + hooks);
        for (Thread hook : hooks) {
            assertNotEquals(Thread.currentThread(), hook, "a response hook ran on the caller's thread");
        }
    }

    @Test
    void noInterceptorsMeansTheClientItself() {
        assertSame(engine.client(), Intercepted.sync(engine.client(), List.of()));
    }
}
