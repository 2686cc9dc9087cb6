package io.genericrepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class TablesTest {

    private InMemoryDynamoDb engine;
    private final AtomicInteger describes = new AtomicInteger();

    /** A server that reports the table CREATING for its first three DescribeTable answers, as dynalite can under load. */
    private final ExecutionInterceptor slowToActivate = new ExecutionInterceptor() {
        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (context.response() instanceof DescribeTableResponse d && describes.incrementAndGet() <= 3) {
                return d.toBuilder().table(d.table().toBuilder().tableStatus(TableStatus.CREATING).build()).build();
            }
            return context.response();
        }
    };

    @BeforeEach
    void start() {
        engine = InMemoryDynamoDb.create();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static CreateTableRequest table(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()).build();
    }

    @Test
    void createAndAwaitReturnsOnlyOnceTheTableIsActive() {
        DynamoDbClient client = Intercepted.sync(engine.client(), List.of(slowToActivate));
        Tables.createAndAwait(client, table("things"));
        assertEquals(4, describes.get(), "three CREATING answers, then the ACTIVE one");
    }

    @Test
    void anActiveTableIsDescribedOnce() {
        DynamoDbClient client = Intercepted.sync(engine.client(), List.of(slowToActivate));
        describes.set(3);
        engine.client().createTable(table("ready"));
        Tables.awaitActive(client, "ready");
        assertEquals(4, describes.get());
    }

    @Test
    void aMissingTableIsTheServersError() {
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> Tables.awaitActive(engine.client(), "nope"));
        assertEquals("ResourceNotFoundException", e.awsErrorDetails().errorCode());
    }
}
