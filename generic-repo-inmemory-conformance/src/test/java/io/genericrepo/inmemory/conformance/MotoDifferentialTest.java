package io.genericrepo.inmemory.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import io.genericrepo.testing.MotoServer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What dynalite lacks, compared against moto 5.2.1: random transactions (TransactWriteItems with
 * Put, Update, Delete and ConditionCheck, cancellations with their reasons in order,
 * ReturnValuesOnConditionCheckFailure, one item twice), TransactGetItems, single writes returning
 * the old item when their condition fails, and the table-driven TTL and idempotency cases of
 * {@link MotoScenarios}. Replay with {@code -Dconformance.seed=<seed>}.
 */
@Tag("moto")
class MotoDifferentialTest {

    private static MotoServer moto;
    private static DynamoDbClient motoClient;
    private InMemoryDynamoDb engine;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
        motoClient = moto.newClient();
    }

    @AfterAll
    static void stop() {
        motoClient.close();
        moto.close();
    }

    /** Each test starts from empty tables on both sides. */
    @BeforeEach
    void fresh() {
        engine = InMemoryDynamoDb.create();
        try {
            motoClient.deleteTable(b -> b.tableName(MotoScenarios.TABLE));
        } catch (ResourceNotFoundException firstTest) {
            // nothing to delete
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void ttlSettingsAndFixedTransactionsAnswerAsMotoDoes() {
        Differential run = new Differential(motoClient, engine.client(), new Schema(List.of(new Schema.Table(
                MotoScenarios.TABLE, "pk", "sk", ScalarAttributeType.S, List.of()))), 0);
        run.createTables();
        List<Operation> cases = MotoScenarios.all();
        for (int i = 0; i < cases.size(); i++) {
            run.step(i, cases.get(i));
        }
        run.compareContents(cases.size());
        System.out.println(run.summary("engine (moto as reference)"));
        assertEquals(List.of(), run.mismatches);
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class, () -> engine.client()
                .transactWriteItems((TransactWriteItemsRequest) cases.get(7).request()));
        assertEquals(List.of("None", "ConditionalCheckFailed", "None"),
                cancelled.cancellationReasons().stream().map(r -> r.code()).toList());
        assertEquals(MotoScenarios.key("a", "1").get("pk"), cancelled.cancellationReasons().get(1).item().get("pk"));
    }

    @Test
    void transactionsAndConditionFailuresAnswerAsMotoDoes() {
        long seed = Seeds.chosen();
        int operations = Math.max(100, Integer.getInteger("conformance.operations", 2000) / 6);
        Differential run = new Differential(motoClient, engine.client(), TransactionOperations.SCHEMA, seed);
        run.createTables();
        TransactionOperations generator = new TransactionOperations(new Domain(new Random(seed)));
        for (int i = 0; i < operations; i++) {
            run.step(i, generator.next());
        }
        run.compareContents(operations);
        String summary = run.summary("engine (moto as reference)");
        System.out.println(summary);
        System.out.println(KnownDivergences.describeAll());
        assertTrue(run.compared > operations);
        if (!run.mismatches.isEmpty()) {
            fail(run.mismatches.size() + " unexplained mismatches; replay with -Dconformance.seed=" + seed + "; all of them in "
                    + run.writeMismatches() + "; the first:\n" + run.mismatches.get(0));
        }
    }
}
