package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class TransactionsTest extends EngineTestSupport {

    @BeforeEach
    void tables() {
        createHashTable("accounts");
        createHashTable("audit");
        client.putItem(b -> b.tableName("accounts").item(item("pk", "alice", "balance", 100)));
        client.putItem(b -> b.tableName("accounts").item(item("pk", "bob", "balance", 10)));
    }

    private static TransactWriteItem debit(String who, int amount) {
        return TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("pk", who))
                .updateExpression("SET balance = balance - :a").conditionExpression("balance >= :a")
                .expressionAttributeValues(Map.of(":a", n(amount)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    private static TransactWriteItem credit(String who, int amount) {
        return TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("pk", who))
                .updateExpression("SET balance = balance + :a").expressionAttributeValues(Map.of(":a", n(amount)))).build();
    }

    private static TransactWriteItem log(String id) {
        return TransactWriteItem.builder().put(p -> p.tableName("audit").item(item("pk", id))
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private String balance(String who) {
        return client.getItem(b -> b.tableName("accounts").key(item("pk", who))).item().get("balance").n();
    }

    @Test
    void allActionsApplyTogether() {
        client.transactWriteItems(b -> b.transactItems(debit("alice", 30), credit("bob", 30), log("t1"),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("accounts").key(item("pk", "carol"))
                        .conditionExpression("attribute_not_exists(pk)")).build()));
        assertEquals("70", balance("alice"));
        assertEquals("40", balance("bob"));
        assertTrue(client.getItem(b -> b.tableName("audit").key(item("pk", "t1"))).hasItem());
    }

    @Test
    void oneFailedConditionCancelsEverythingWithAReasonPerAction() {
        TransactionCanceledException e = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]",
                () -> client.transactWriteItems(b -> b.transactItems(credit("alice", 5), debit("bob", 50), log("t2"))));
        List<CancellationReason> reasons = e.cancellationReasons();
        assertEquals(List.of("None", "ConditionalCheckFailed", "None"), reasons.stream().map(CancellationReason::code).toList());
        assertEquals("The conditional request failed", reasons.get(1).message());
        assertEquals(item("pk", "bob", "balance", 10), reasons.get(1).item());
        assertFalse(reasons.get(0).hasItem());
        assertEquals("100", balance("alice"));
        assertEquals("10", balance("bob"));
        assertFalse(client.getItem(b -> b.tableName("audit").key(item("pk", "t2"))).hasItem());
    }

    @Test
    void anUpdateThatBreaksAnItemRuleCancelsWithAValidationError() {
        TransactionCanceledException e = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]",
                () -> client.transactWriteItems(b -> b.transactItems(log("t3"),
                        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("pk", "alice"))
                                .updateExpression("SET big = :b").expressionAttributeValues(Map.of(":b", s("x".repeat(410 * 1024)))))
                                .build())));
        assertEquals("Item size has exceeded the maximum allowed size", e.cancellationReasons().get(1).message());
        assertFalse(client.getItem(b -> b.tableName("audit").key(item("pk", "t3"))).hasItem());
    }

    @Test
    void requestsAreValidatedAsAWhole() {
        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> client.transactWriteItems(b -> b.transactItems(debit("alice", 1), credit("alice", 1))));
        List<TransactWriteItem> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(log("x" + i));
        }
        assertValidation("1 validation error detected: Value '101' at 'transactItems' failed to satisfy constraint: Member"
                + " must have length less than or equal to 100", () -> client.transactWriteItems(b -> b.transactItems(many)));
        assertValidation("1 validation error detected: Value '0' at 'transactItems' failed to satisfy constraint: Member"
                + " must have length greater than or equal to 1",
                () -> client.transactWriteItems(b -> b.transactItems(List.of())));
        assertValidation("The provided key element does not match the schema",
                () -> client.transactWriteItems(b -> b.transactItems(log("ok"), TransactWriteItem.builder()
                        .delete(d -> d.tableName("accounts").key(item("pk", 1))).build())));
        assertFalse(client.getItem(b -> b.tableName("audit").key(item("pk", "ok"))).hasItem());
        List<TransactWriteItem> large = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            int k = i;
            large.add(TransactWriteItem.builder().put(p -> p.tableName("audit")
                    .item(item("pk", "big" + k, "blob", "x".repeat(390 * 1024)))).build());
        }
        assertValidation("Transaction request cannot be larger than 4 MB", () -> client.transactWriteItems(b -> b.transactItems(large)));
        assertEquals(0, client.scan(b -> b.tableName("audit")).count());
    }

    @Test
    void updatesCountTheValuesTheyWriteTowardsTheFourMegabytes() {
        AttributeValue blob = s("x".repeat(390 * 1024));
        List<TransactWriteItem> updates = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            int k = i;
            updates.add(TransactWriteItem.builder().update(u -> u.tableName("audit").key(item("pk", "big" + k))
                    .updateExpression("SET payload = :b").expressionAttributeValues(Map.of(":b", blob))).build());
        }
        assertValidation("Transaction request cannot be larger than 4 MB",
                () -> client.transactWriteItems(b -> b.transactItems(updates)));
        assertEquals(0, client.scan(b -> b.tableName("audit")).count(), "nothing written");
        client.transactWriteItems(b -> b.transactItems(updates.subList(0, 10))); // 3.8 MB
        assertEquals(10, client.scanPaginator(b -> b.tableName("audit").select(Select.COUNT)).stream()
                .mapToInt(page -> page.count()).sum()); // 1 MB pages: 3 items each
    }

    @Test
    void aClientRequestTokenMakesTheTransactionIdempotentForTenMinutes() {
        MutableClock clock = new MutableClock();
        try (InMemoryDynamoDb timed = InMemoryDynamoDb.builder().clock(clock).build()) {
            var c = timed.client();
            c.createTable(b -> b.tableName("counter").billingMode("PAY_PER_REQUEST").keySchema(hash("pk"))
                    .attributeDefinitions(def("pk", ScalarAttributeType.S)));
            TransactWriteItemsRequest add = TransactWriteItemsRequest.builder().clientRequestToken("token-1")
                    .transactItems(TransactWriteItem.builder().update(u -> u.tableName("counter").key(item("pk", "c"))
                            .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1)))).build()).build();
            c.transactWriteItems(add);
            c.transactWriteItems(add);
            assertEquals("1", c.getItem(b -> b.tableName("counter").key(item("pk", "c"))).item().get("n").n());
            assertError(IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException",
                    "Request parameters do not match the original request with the same client request token",
                    () -> c.transactWriteItems(add.toBuilder().transactItems(TransactWriteItem.builder().update(u -> u
                            .tableName("counter").key(item("pk", "c")).updateExpression("ADD n :two")
                            .expressionAttributeValues(Map.of(":two", n(2)))).build()).build()));
            clock.advance(Duration.ofMinutes(11));
            c.transactWriteItems(add);
            assertEquals("2", c.getItem(b -> b.tableName("counter").key(item("pk", "c"))).item().get("n").n());
        }
    }

    @Test
    void transactGetReadsASnapshotInOrder() {
        List<ItemResponse> r = client.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName("accounts").key(item("pk", "bob"))).build(),
                TransactGetItem.builder().get(g -> g.tableName("accounts").key(item("pk", "nobody"))).build(),
                TransactGetItem.builder().get(g -> g.tableName("accounts").key(item("pk", "alice"))
                        .projectionExpression("balance")).build())).responses();
        assertEquals(3, r.size());
        assertEquals(item("pk", "bob", "balance", 10), r.get(0).item());
        assertFalse(r.get(1).hasItem());
        assertEquals(item("balance", 100), r.get(2).item());
        assertNull(r.get(1).item().get("pk"));
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
