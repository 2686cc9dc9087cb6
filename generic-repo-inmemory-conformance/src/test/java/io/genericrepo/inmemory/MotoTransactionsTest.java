package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.testing.MotoServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Transactions, which dynalite lacks, against moto's server: the same requests on the engine and
 * on moto give the same items, cancellation reasons (codes and items, in order) and errors. Tagged
 * {@code moto}; needs {@code moto_server} installed. ClientRequestToken idempotency is not compared:
 * moto applies a replayed request again, where DynamoDB's documentation says it is not applied
 * twice (the engine follows the docs; TransactionsTest).
 */
@Tag("moto")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotoTransactionsTest {

    private MotoServer moto;
    private DynamoDbClient remote;
    private InMemoryDynamoDb engine;
    private int run;
    private String table;

    @BeforeAll
    void start() {
        moto = MotoServer.start();
        remote = moto.newClient();
    }

    @AfterAll
    void stop() {
        remote.close();
        moto.close();
    }

    @BeforeEach
    void tables() {
        if (engine != null) {
            engine.close();
        }
        engine = InMemoryDynamoDb.create();
        table = "accounts-" + (++run);
        both(c -> c.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(EngineTestSupport.hash("pk")).attributeDefinitions(EngineTestSupport.def("pk", ScalarAttributeType.S)))
                .tableDescription().tableName());
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "alice", "balance", 100))).attributes());
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "bob", "balance", 10))).attributes());
    }

    private Object both(Function<DynamoDbClient, Object> call) {
        Object expected = outcome(remote, call);
        Object actual = outcome(engine.client(), call);
        assertEquals(expected, actual);
        return actual;
    }

    private static Object outcome(DynamoDbClient client, Function<DynamoDbClient, Object> call) {
        try {
            return call.apply(client);
        } catch (TransactionCanceledException e) {
            return List.of(e.awsErrorDetails().errorCode(), e.cancellationReasons().stream()
                    .map(r -> List.of(r.code(), r.hasItem() ? r.item() : Map.of())).toList());
        } catch (AwsServiceException e) {
            return e.getClass().getSimpleName() + " " + e.awsErrorDetails().errorCode();
        }
    }

    private TransactWriteItem move(String who, int amount) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(EngineTestSupport.item("pk", who))
                .updateExpression("SET balance = balance + :a").conditionExpression("balance >= :min")
                .expressionAttributeValues(Map.of(":a", EngineTestSupport.n(amount), ":min", EngineTestSupport.n(-amount)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    private Object balances(DynamoDbClient c) {
        return c.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(table).key(EngineTestSupport.item("pk", "alice"))).build(),
                TransactGetItem.builder().get(g -> g.tableName(table).key(EngineTestSupport.item("pk", "bob"))).build(),
                TransactGetItem.builder().get(g -> g.tableName(table).key(EngineTestSupport.item("pk", "carol"))).build()))
                .responses().stream().map(r -> r.hasItem() ? r.item() : Map.of()).toList();
    }

    @Test
    void aTransferAppliesWhole() {
        both(c -> c.transactWriteItems(b -> b.transactItems(move("alice", -30), move("bob", 30))).sdkHttpResponse().isSuccessful());
        both(this::balances);
    }

    @Test
    void aFailedConditionCancelsWithReasonsInOrder() {
        both(c -> c.transactWriteItems(b -> b.transactItems(move("alice", 5), move("bob", -50),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(EngineTestSupport.item("pk", "carol"))).build())));
        both(this::balances);
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        both(c -> c.transactWriteItems(b -> b.transactItems(move("alice", -1), move("alice", 1))));
    }
}
