package io.genericrepo.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.TransactionFailedException.Failure;
import io.genericrepo.TransactionFailedException.Reason;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.it.model.Account;
import io.genericrepo.it.model.Account_;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.it.model.Transfer;
import io.genericrepo.it.tx.TxTables.Mode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The transaction cases, written once and run on the sync and the async API (each case takes the
 * {@link Mode}) and on each server a subclass names: the embedded engine and moto.
 */
abstract class TransactionCases extends OnTxServer {

    /**
     * @return true where an update with an operand of the wrong type cancels the transaction with a
     *     {@code ValidationError} reason for that action, as DynamoDB's TransactWriteItems
     *     documentation lists ("An operand in the update expression has an incorrect data type")
     */
    boolean cancelsOnValidationError() {
        return true;
    }

    static Order order(String customer, String id, OrderStatus status, long version) {
        return new Order(customer, id, status, 2, new BigDecimal("9.50"), null, List.of("gift"), null, null, version);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void commitsAcrossTwoTablesAndReturnsWhatWasStoredTyped(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            t.customers.save(new Customer("c-1", "Ann", "ann@example.com"));
            OrderKey key = new OrderKey("c-1", "o-1");
            TransactionResult done = t.write()
                    .put(t.orders, order("c-1", "o-1", OrderStatus.PENDING, 0), Order_.orderId.notExists())
                    .update(t.customers, "c-1", Update.of(Customer_.name.set("Ann B")))
                    .commit();
            Order saved = t.orders.item(done, key);
            assertEquals(1, saved.version(), "the put stored the next version");
            assertNotNull(saved.expiresAt(), "TTL filled inside the transaction (ttlDays = 30)");
            assertEquals(new Customer("c-1", "Ann B", "ann@example.com"), t.customers.item(done, "c-1"),
                    "the update's item as stored, other attributes kept");
            assertEquals(Optional.of(saved), t.orders.load(key));
            assertEquals(2, done.size());
            assertEquals(1, done.attempts());
            assertNotNull(done.clientRequestToken());

            t.accounts.save(new Account("a-1", 5, 0, "Ann", 0));
            TransactionResult next = t.write()
                    .updateIfUnchanged(t.orders, saved, Update.of(Order_.status.set(OrderStatus.PAID)))
                    .delete(t.customers, "c-1", Customer_.name.eq("Ann B"))
                    .check(t.accounts, "a-1", Account_.balance.ge(5L))
                    .commit();
            Order paid = t.orders.item(next, key);
            assertEquals(OrderStatus.PAID, paid.status());
            assertEquals(2, paid.version(), "an update increments the version");
            assertEquals(Optional.empty(), t.customers.find(next, "c-1"), "a delete leaves no item");
            assertThrows(ItemNotFoundException.class, () -> t.accounts.item(next, "a-1"), "a check leaves no item");
            assertEquals(Optional.empty(), t.customers.load("c-1"));
            assertEquals(Arrays.asList(paid, null, null), next.items());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> t.customers.item(next, "c-2"));
            assertEquals("No action of this transaction names " + t.customers.tableName() + "[id=c-2]", unknown.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anActionCarriesExactlyTheExpressionsOfTheSingleWrite(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            Account a = new Account("a-1", 10, 0, "Ann", 0);
            t.accounts.save(a, Account_.id.notExists());
            t.accounts.update("a-1", Update.of(Account_.balance.add(5L)), Account_.balance.ge(1L));
            t.accounts.save(new Account("a-2", 10, 0, "Bob", 0));
            t.write().put(t.accounts, new Account("a-3", 10, 0, "Cy", 0), Account_.id.notExists())
                    .update(t.accounts, "a-2", Update.of(Account_.balance.add(5L)), Account_.balance.ge(1L))
                    .commit();
            PutItemRequest put = sent.of(PutItemRequest.class).get(0);
            UpdateItemRequest update = sent.of(UpdateItemRequest.class).get(0);
            TransactWriteItemsRequest tx = sent.of(TransactWriteItemsRequest.class).get(0);
            Put txPut = tx.transactItems().get(0).put();
            software.amazon.awssdk.services.dynamodb.model.Update txUpdate = tx.transactItems().get(1).update();
            // the version condition (a new item: no version yet) and the caller's, in one expression
            assertEquals(put.conditionExpression(), txPut.conditionExpression());
            assertEquals(put.expressionAttributeNames(), txPut.expressionAttributeNames());
            assertEquals(put.expressionAttributeValues(), txPut.expressionAttributeValues());
            assertEquals("1", txPut.item().get("version").n(), "the next version is stored");
            // the caller's change plus the version increment
            assertEquals(update.updateExpression(), txUpdate.updateExpression());
            assertEquals(update.conditionExpression(), txUpdate.conditionExpression());
            assertEquals(update.expressionAttributeNames(), txUpdate.expressionAttributeNames());
            assertEquals(update.expressionAttributeValues(), txUpdate.expressionAttributeValues());
            assertEquals(2, t.accounts.load("a-2").orElseThrow().version());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFailedCheckNamesItsActionTableKeyMessageAndTheItemAsStored(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            Account stored = t.accounts.save(new Account("a-1", 10, 0, "Ann", 0));
            Tx tx = t.write()
                    .put(t.transfers, new Transfer("t-1", "a-1", "a-2", 50, null))
                    .check(t.accounts, "a-1", Account_.balance.ge(50L).withMessage("insufficient funds"));
            TransactionFailedException e = assertThrows(TransactionFailedException.class, tx::commit);
            assertEquals(1, e.failures().size());
            Failure f = e.failures().get(0);
            assertEquals(1, f.index());
            assertEquals("check", f.operation());
            assertEquals(t.accounts.tableName(), f.tableName());
            assertEquals("id=a-1", f.key());
            assertEquals(Reason.CONDITION_FAILED, f.reason());
            assertEquals("ConditionalCheckFailed", f.code());
            assertEquals("insufficient funds", f.rejectionMessage());
            assertEquals(Optional.of(stored), f.currentItem(Account.class));
            assertNull(f.expectedVersion());
            assertNull(f.actualVersion());
            assertEquals(Optional.of(f), e.failure(1));
            assertEquals(Optional.empty(), e.failure(0));
            assertEquals(2, e.actionCount());
            assertEquals(tx.token(), e.clientRequestToken());
            assertEquals(1, e.attempts());
            assertFalse(e.conflictOnly());
            assertEquals("transaction of 2 actions cancelled: action 1 (check of " + t.accounts.tableName()
                    + "[id=a-1]) CONDITION_FAILED: insufficient funds", e.getMessage());
            assertEquals(Optional.empty(), t.transfers.load("t-1"), "nothing of a cancelled transaction is written");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void failedPutUpdateAndDeleteConditionsAreEachNamed(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            Customer ann = t.customers.save(new Customer("c-1", "Ann", null));
            Account account = t.accounts.save(new Account("a-1", 10, 0, "Ann", 0));
            Order pending = t.orders.save(order("c-1", "o-1", OrderStatus.PENDING, 0));
            TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> t.write()
                    .put(t.customers, new Customer("c-1", "Bob", null), Customer_.id.notExists().withMessage("customer exists"))
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(-5L)), Account_.owner.eq("Bob"))
                    .delete(t.orders, new OrderKey("c-1", "o-1"), Order_.status.eq(OrderStatus.PAID)
                            .withMessage("only paid orders go"))
                    .put(t.transfers, new Transfer("t-1", "a-1", "a-2", 5, null))
                    .commit());
            assertEquals(List.of(0, 1, 2), e.failures().stream().map(Failure::index).toList());
            Failure put = e.failures().get(0);
            assertEquals(List.of("save", t.customers.tableName(), "id=c-1", Reason.CONDITION_FAILED, "customer exists"),
                    List.of(put.operation(), put.tableName(), put.key(), put.reason(), put.rejectionMessage()));
            assertEquals(Optional.of(ann), put.currentItem(Customer.class));
            Failure update = e.failures().get(1);
            assertEquals(List.of("update", t.accounts.tableName(), "id=a-1", Reason.CONDITION_FAILED),
                    List.of(update.operation(), update.tableName(), update.key(), update.reason()));
            assertFalse(update.rejectionMessage().isBlank(), "without withMessage, DynamoDB's message");
            assertEquals(Optional.of(account), update.currentItem(Account.class));
            assertNull(update.expectedVersion(), "a plain update checks no version");
            Failure delete = e.failures().get(2);
            assertEquals(List.of("delete", t.orders.tableName(), "customerId=c-1, orderId=o-1", Reason.CONDITION_FAILED,
                    "only paid orders go"), List.of(delete.operation(), delete.tableName(), delete.key(), delete.reason(),
                    delete.rejectionMessage()));
            assertEquals(Optional.of(pending), delete.currentItem(Order.class));
            assertThrows(ClassCastException.class, () -> delete.currentItem(Customer.class));
            assertEquals(Optional.of(account), t.accounts.load("a-1"), "nothing written");
            assertEquals(Optional.empty(), t.transfers.load("t-1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aStaleVersionIsReportedAsSuchForPutUpdateAndDelete(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            Order v1 = t.orders.save(order("c-1", "o-1", OrderStatus.PENDING, 0));
            Order v2 = t.orders.save(v1);
            assertEquals(2, v2.version());
            for (Tx tx : List.of(t.write().put(t.orders, v1), t.write().deleteItem(t.orders, v1),
                    t.write().updateIfUnchanged(t.orders, v1, Update.of(Order_.quantity.add(1))))) {
                TransactionFailedException e = assertThrows(TransactionFailedException.class, tx::commit);
                Failure f = e.failures().get(0);
                assertEquals(Reason.STALE_VERSION, f.reason());
                assertEquals("ConditionalCheckFailed", f.code());
                assertEquals("stale version: expected 1, found 2", f.rejectionMessage());
                assertEquals(1L, f.expectedVersion());
                assertEquals(2L, f.actualVersion());
                assertEquals(Optional.of(v2), f.currentItem(Order.class));
                assertEquals("customerId=c-1, orderId=o-1", f.key());
            }
            Failure fresh = assertThrows(TransactionFailedException.class,
                    () -> t.write().put(t.orders, v1.withVersion(0)).commit()).failures().get(0);
            assertEquals(Reason.STALE_VERSION, fresh.reason());
            assertEquals("stale version: expected an item without a version (a new one), found version 2",
                    fresh.rejectionMessage());
            Failure own = assertThrows(TransactionFailedException.class, () -> t.write()
                    .put(t.orders, v2, Order_.status.eq(OrderStatus.PAID).withMessage("must be paid")).commit())
                    .failures().get(0);
            assertEquals(Reason.CONDITION_FAILED, own.reason(), "the version held; the caller's condition failed");
            assertEquals("must be paid", own.rejectionMessage());
            assertEquals(2L, own.expectedVersion());
            assertEquals(2L, own.actualVersion());
            assertEquals(Optional.of(v2), t.orders.load(new OrderKey("c-1", "o-1")));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aStoredVersionThatIsNotANumberIsAStaleVersionAndTheCommitEnds(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            Order v1 = t.orders.save(order("c-1", "o-9", OrderStatus.PENDING, 0));
            // another writer stored the version as a string: explaining the cancellation must not fail (or hang)
            t.client.updateItem(b -> b.tableName(t.orders.tableName())
                    .key(Map.of("customerId", AttributeValue.fromS("c-1"), "orderId", AttributeValue.fromS("o-9")))
                    .updateExpression("SET #v = :v").expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("1"))));
            Tx tx = t.write().updateIfUnchanged(t.orders, v1, Update.of(Order_.quantity.add(1)));
            Failure f = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(TransactionFailedException.class, tx::commit)).failures().get(0);
            assertEquals(Reason.STALE_VERSION, f.reason());
            assertEquals(1L, f.expectedVersion());
            assertNull(f.actualVersion(), "a stored version that is not a number is no version");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUpdateDynamoDbRefusesIsAValidationError(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            // a balance stored as a string by some other writer: adding to it is DynamoDB's ValidationError
            t.client.putItem(b -> b.tableName(t.accounts.tableName())
                    .item(Map.of("id", AttributeValue.fromS("a-9"), "balance", AttributeValue.fromS("ten"))));
            Tx tx = t.write()
                    .put(t.transfers, new Transfer("t-1", "a-9", "a-1", 5, null))
                    .update(t.accounts, "a-9", Update.of(Account_.balance.add(5L)));
            if (!cancelsOnValidationError()) {
                DynamoDbException whole = assertThrows(DynamoDbException.class, tx::commit);
                assertEquals("An operand in the update expression has an incorrect data type",
                        whole.awsErrorDetails().errorMessage());
                assertEquals(Optional.empty(), t.transfers.load("t-1"));
                return;
            }
            TransactionFailedException e = assertThrows(TransactionFailedException.class, tx::commit);
            Failure f = e.failures().get(0);
            assertEquals(1, e.failures().size());
            assertEquals(List.of(1, "update", t.accounts.tableName(), "id=a-9", Reason.VALIDATION_ERROR, "ValidationError"),
                    List.of(f.index(), f.operation(), f.tableName(), f.key(), f.reason(), f.code()));
            assertNotNull(f.rejectionMessage(), "DynamoDB's message");
            assertEquals(Optional.empty(), f.currentItem(), "DynamoDB returns no item for a validation error");
            assertEquals(Optional.empty(), t.transfers.load("t-1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aConflictIsRetriedWithTheSdkBackoffOnlyWhenAsked(Mode mode) {
        Conflicts twice = new Conflicts(2, 1);
        try (TxTables t = new TxTables(mode, server(), twice)) {
            t.accounts.save(new Account("a-1", 10, 0, "Ann", 0));
            TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> t.write()
                    .put(t.transfers, new Transfer("t-0", "a-1", "a-2", 1, null))
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(1L)))
                    .commit());
            Failure f = e.failures().get(0);
            assertEquals(List.of(1, "update", t.accounts.tableName(), "id=a-1", Reason.CONFLICT, "TransactionConflict",
                    "Transaction is ongoing for the item"), List.of(f.index(), f.operation(), f.tableName(), f.key(),
                    f.reason(), f.code(), f.rejectionMessage()));
            assertEquals(Optional.empty(), f.currentItem());
            assertTrue(e.conflictOnly());
            assertEquals(1, e.attempts(), "no retry unless asked");

            // one conflict left to inject, then the real server: three attempts allowed
            Tx tx = t.write()
                    .put(t.transfers, new Transfer("t-1", "a-1", "a-2", 1, null))
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(1L)))
                    .retryOnConflict(3, BackoffStrategy.exponentialDelay(java.time.Duration.ofMillis(1),
                            java.time.Duration.ofMillis(5)));
            TransactionResult done = tx.commit();
            assertEquals(2, done.attempts());
            assertEquals(11, t.accounts.item(done, "a-1").balance(), "applied once");
            assertEquals(3, twice.seen.size());
            assertEquals(List.of(tx.token(), tx.token()), twice.seen.subList(1, 3).stream()
                    .map(r -> r.clientRequestToken()).toList(), "a retry sends the same token");
        }
        Conflicts always = new Conflicts(Integer.MAX_VALUE, 0);
        try (TxTables t = new TxTables(mode, server(), always)) {
            TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> t.write()
                    .put(t.transfers, new Transfer("t-1", "a-1", "a-2", 1, null))
                    .retryOnConflict(2, BackoffStrategy.retryImmediately()).commit());
            assertEquals(2, e.attempts());
            assertTrue(e.getMessage().startsWith("transaction of 1 action cancelled after 2 attempts: action 0 (save of "),
                    e.getMessage());
            assertEquals(2, always.seen.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aReadTransactionReadsSeveralTablesTypedInOneRequest(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            Order order = t.orders.save(order("c-1", "o-1", OrderStatus.PENDING, 0));
            Customer ann = t.customers.save(new Customer("c-1", "Ann", null));
            Order expired = new Order("c-1", "o-old", OrderStatus.PAID, 1, null, null, null, null,
                    Instant.now().minusSeconds(3600), 0L);
            t.orders.save(expired);
            TransactionResult read = t.read()
                    .get(t.orders, new OrderKey("c-1", "o-1"))
                    .get(t.customers, "c-1")
                    .get(t.customers, "nobody")
                    .get(t.orders, new OrderKey("c-1", "o-old"))
                    .get(t.customers, "c-1")
                    .load();
            assertEquals(order, t.orders.item(read, new OrderKey("c-1", "o-1")));
            assertEquals(Optional.of(ann), t.customers.find(read, "c-1"));
            assertEquals(Optional.empty(), t.customers.find(read, "nobody"));
            assertThrows(ItemNotFoundException.class, () -> t.customers.item(read, "nobody"));
            assertEquals(Optional.empty(), t.orders.find(read, new OrderKey("c-1", "o-old")), "an expired item is hidden");
            assertEquals(Arrays.asList(order, ann, null, null, ann), read.items());
            List<TransactGetItemsRequest> gets = sent.of(TransactGetItemsRequest.class);
            assertEquals(1, gets.size());
            assertEquals(4, gets.get(0).transactItems().size(), "a key asked for twice is read once");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void repositoriesOfAnotherClientAreRefused(Mode mode) {
        // another client object, even on the same server (the engine hands out one client unless intercepted)
        try (TxTables a = new TxTables(mode, server()); TxTables b = new TxTables(mode, server(), new Recorder())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.write()
                    .put(a.transfers, new Transfer("t-1", "a", "b", 1, null))
                    .put(b.transfers, new Transfer("t-2", "a", "b", 1, null)));
            assertEquals("The repository of " + b.transfers.tableName() + " has another DynamoDB client than the one of "
                    + a.transfers.tableName() + ": a transaction runs on one client, so build the repositories of one"
                    + " transaction with the same client", e.getMessage());
            assertEquals("A transaction needs at least one action",
                    assertThrows(IllegalStateException.class, () -> a.write().commit()).getMessage());
        }
    }
}
