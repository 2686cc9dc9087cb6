package io.genericrepo.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.it.model.Account;
import io.genericrepo.it.model.Account_;
import io.genericrepo.it.model.Transfer;
import io.genericrepo.it.model.Transfer_;
import io.genericrepo.it.tx.TxTables.Mode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Transactions used the way a careless caller would: retried conflicts and the SDK's backoff,
 * actions added while a commit is in flight, a refused first action; written once, run sync and
 * async on each server a subclass names.
 */
abstract class TransactionEdgeCases extends OnTxServer {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRetryWaitsWhatTheSdkBackoffSaysBeforeTheNextAttempt(Mode mode) {
        Conflicts twice = new Conflicts(2, 0);
        try (TxTables t = new TxTables(mode, server(), twice)) {
            List<Integer> asked = new CopyOnWriteArrayList<>();
            BackoffStrategy recording = attempt -> {
                asked.add(attempt);
                return BackoffStrategy.retryImmediately().computeDelay(attempt);
            };
            TransactionResult done = t.write().put(t.transfers, new Transfer("t-1", "a", "b", 1, null))
                    .retryOnConflict(3, recording).commit();
            assertEquals(3, done.attempts());
            // the SDK numbers the attempt a delay comes before from 1, and its exponential strategies
            // answer zero for attempt 1: asking for the attempt just failed would never wait before
            // the first retry
            assertEquals(List.of(2, 3), asked);
            assertEquals(Duration.ZERO, BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofSeconds(1))
                    .computeDelay(1), "why the numbering matters");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void actionsAddedWhileACommitIsInFlightAreNotPartOfItsResult(Mode mode) {
        During during = new During(TransactWriteItemsRequest.class);
        try (TxTables t = new TxTables(mode, server(), during)) {
            t.accounts.save(new Account("a-1", 10, 0, "Ann", 0));
            Tx tx = t.write()
                    .put(t.transfers, new Transfer("t-1", "a-1", "b", 1, null))
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(1L)));
            during.next(() -> tx.put(t.transfers, new Transfer("t-2", "a-2", "b", 1, null))
                    .update(t.accounts, "a-2", Update.of(Account_.balance.add(1L))));
            TransactionResult done = tx.commit();
            assertEquals(2, done.size(), "the two actions sent, not the two added while they were");
            assertEquals(11, t.accounts.item(done, "a-1").balance());
            IllegalArgumentException notSent = assertThrows(IllegalArgumentException.class,
                    () -> t.transfers.find(done, "t-2"));
            assertEquals("No action of this transaction names " + t.transfers.tableName() + "[id=t-2]",
                    notSent.getMessage());
            assertThrows(IllegalArgumentException.class, () -> t.accounts.find(done, "a-2"));
            assertEquals(Optional.empty(), t.transfers.load("t-2"));
            assertEquals(Optional.empty(), t.accounts.load("a-2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void getsAddedWhileALoadIsInFlightAreNotPartOfItsResult(Mode mode) {
        During during = new During(TransactGetItemsRequest.class);
        try (TxTables t = new TxTables(mode, server(), during)) {
            t.transfers.save(new Transfer("t-1", "a", "b", 1, null));
            t.transfers.save(new Transfer("t-2", "a", "b", 2, null));
            Tx read = t.read().get(t.transfers, "t-1");
            during.next(() -> read.get(t.transfers, "t-2"));
            TransactionResult found = read.load();
            assertEquals(1, found.size());
            assertEquals(Optional.of(new Transfer("t-1", "a", "b", 1, null)), t.transfers.find(found, "t-1"));
            assertThrows(IllegalArgumentException.class, () -> t.transfers.find(found, "t-2"));
            assertEquals(2, read.load().size(), "the next load reads both");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRefusedFirstActionDoesNotChooseTheClientTheTransactionRunsOn(Mode mode) {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        try (TxTables a = new TxTables(mode, server(), first); TxTables b = new TxTables(mode, server(), second)) {
            Tx tx = a.write();
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> tx.put(a.transfers, new Transfer("", "a", "b", 1, null)));
            assertEquals("Key attribute id of Transfer must not be empty: DynamoDB does not store empty key values",
                    refused.getMessage());
            tx.put(b.transfers, new Transfer("t-1", "a", "b", 1, null)).commit();
            assertEquals(List.of(), first.of(TransactWriteItemsRequest.class), "not sent on the refused table's client");
            assertEquals(1, second.of(TransactWriteItemsRequest.class).size());
            assertEquals(Optional.of(new Transfer("t-1", "a", "b", 1, null)), b.transfers.load("t-1"));

            Tx read = a.read();
            assertThrows(IllegalArgumentException.class, () -> read.get(a.transfers, ""));
            TransactionResult found = read.get(b.transfers, "t-1").load();
            assertEquals(Optional.of(new Transfer("t-1", "a", "b", 1, null)), b.transfers.find(found, "t-1"));
            assertEquals(List.of(), first.of(TransactGetItemsRequest.class), "not read on the refused table's client");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void updatesCountTheValuesTheyWriteTowardsTheLimitsBeforeSending(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> t.write()
                    .update(t.transfers, "t-big", Update.of(Transfer_.note.set("x".repeat(401 * 1024)))));
            assertEquals("An update of Transfer in table " + t.transfers.tableName() + " (id=t-big) writes at least "
                    + (401 * 1024 + 4 + 7) + " bytes, over DynamoDB's limit of 409600 bytes (400 KB) for an item; its"
                    + " largest value is for note (" + (401 * 1024 + 4) + " bytes)", big.getMessage());

            String note = "x".repeat(390 * 1024);
            Tx tx = t.write();
            for (int i = 0; i < 10; i++) {
                tx.update(t.transfers, "t-" + i, Update.of(Transfer_.note.set(note)));
            }
            IllegalArgumentException total = assertThrows(IllegalArgumentException.class,
                    () -> tx.update(t.transfers, "t-10", Update.of(Transfer_.note.set(note))));
            assertEquals("A transaction writes at most 4 MB (4194304 bytes, DynamoDB's limit); action 10 (update of "
                    + t.transfers.tableName() + "[id=t-10]) brings it to " + (11L * (390 * 1024 + 4) + 10 * 5 + 6)
                    + " bytes", total.getMessage().replaceFirst(", [0-9]+ bytes\\)", ")"));
            assertEquals(List.of(), sent.of(TransactWriteItemsRequest.class), "nothing sent");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void onlyACancellationByConflictsAloneIsRetried(Mode mode) {
        for (List<String> codes : List.of(List.of("TransactionConflict", "ConditionalCheckFailed"),
                List.of("ThrottlingError"), List.of("None", "ValidationError"))) {
            Cancels cancels = new Cancels(codes.toArray(String[]::new));
            try (TxTables t = new TxTables(mode, server(), cancels)) {
                TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> t.write()
                        .put(t.transfers, new Transfer("t-1", "a", "b", 1, null))
                        .put(t.transfers, new Transfer("t-2", "a", "b", 1, null))
                        .retryOnConflict(5, BackoffStrategy.retryImmediately()).commit(), codes.toString());
                assertEquals(1, e.attempts(), codes.toString());
                assertEquals(1, cancels.seen.size(), codes.toString());
                assertEquals(codes.stream().filter(c -> !c.equals("None")).toList(),
                        e.failures().stream().map(f -> f.code()).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anItemNotInTheResultSaysWhy(Mode mode) {
        try (TxTables t = new TxTables(mode, server())) {
            t.accounts.save(new Account("a-1", 10, 0, "Ann", 0));
            t.transfers.save(new Transfer("t-1", "a", "b", 1, null));
            TransactionResult done = t.write()
                    .check(t.accounts, "a-1", Account_.balance.ge(1L))
                    .delete(t.transfers, "t-1", null)
                    .commit();
            assertEquals("Key not found in table " + t.accounts.tableName() + ": id=a-1 (a check reads no item into the"
                    + " result; read it with Transaction.read())",
                    assertThrows(ItemNotFoundException.class, () -> t.accounts.item(done, "a-1")).getMessage());
            assertEquals("Key not found in table " + t.transfers.tableName() + ": id=t-1 (the delete of this transaction"
                    + " leaves no item)",
                    assertThrows(ItemNotFoundException.class, () -> t.transfers.item(done, "t-1")).getMessage());
            TransactionResult read = t.read().get(t.transfers, "t-1").load();
            assertEquals("Key not found in table " + t.transfers.tableName() + ": id=t-1 (the get of this transaction"
                    + " found no item)",
                    assertThrows(ItemNotFoundException.class, () -> t.transfers.item(read, "t-1")).getMessage());
        }
    }
}
