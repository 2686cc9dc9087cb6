package io.genericrepo.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.TransactionFailedException;
import io.genericrepo.TransactionFailedException.Reason;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.it.model.Account;
import io.genericrepo.it.model.Account_;
import io.genericrepo.it.model.Order_;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Transfer;
import io.genericrepo.it.model.Transfer_;
import io.genericrepo.it.tx.TxTables.Mode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * DynamoDB's transaction limits checked before sending, idempotent commits, and many writers
 * moving money at once; written once, run sync and async on each server a subclass names.
 */
abstract class TransactionLimitCases extends OnTxServer {

    /**
     * @return true where a commit repeated with its client request token within 10 minutes is not
     *     applied again, as DynamoDB documents
     */
    boolean honoursClientRequestTokens() {
        return true;
    }

    /** @return the most gets the server takes in one TransactGetItems: DynamoDB's documented 100 */
    int maxGetsPerReadTransaction() {
        return 100;
    }

    /** @return how many threads run the eight writers at once: all eight where transactions are isolated */
    int concurrentWriters() {
        return 8;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anItemTwiceIsRefusedBeforeSendingNamingTheKeyAndBothPositions(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            Tx tx = t.write()
                    .put(t.orders, TransactionCases.order("c-1", "o-1", OrderStatus.PENDING, 0))
                    .put(t.transfers, new Transfer("t-1", "a", "b", 1, null));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> tx.update(t.orders, new OrderKey("c-1", "o-1"), Update.of(Order_.quantity.add(1))));
            assertEquals("A transaction may act on an item once only (DynamoDB refuses more): " + t.orders.tableName()
                    + "[customerId=c-1, orderId=o-1] appears twice, at action 0 (save) and at action 2 (update)",
                    e.getMessage());
            assertEquals(List.of(), sent.of(TransactWriteItemsRequest.class));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aHundredActionsCommitAndTheHundredAndFirstIsRefused(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            Tx full = t.write();
            for (int i = 0; i < 100; i++) {
                full.put(t.transfers, new Transfer("t-" + i, "a", "b", i, null));
            }
            TransactionResult done = full.commit();
            assertEquals(100, done.size());
            assertEquals(Optional.of(new Transfer("t-99", "a", "b", 99, null)), t.transfers.load("t-99"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> full.put(t.transfers, new Transfer("t-100", "a", "b", 100, null)));
            assertEquals("A transaction holds at most 100 actions (DynamoDB's limit); action 100 (save of "
                    + t.transfers.tableName() + "[id=t-100]) is one too many: split the work, or use saveAll for writes"
                    + " that need not be atomic", e.getMessage());
            assertEquals(1, sent.of(TransactWriteItemsRequest.class).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aReadTransactionReadsAHundredAndRefusesTheHundredAndFirst(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            t.transfers.save(new Transfer("t-7", "a", "b", 7, null));
            Tx read = t.read();
            for (int i = 0; i < 100; i++) {
                read.get(t.transfers, "t-" + i);
            }
            read.get(t.transfers, "t-7"); // asked for again: read once, so not a 101st item
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read.get(t.transfers, "t-100"));
            assertEquals("A read transaction reads at most 100 items (DynamoDB's limit); get 101 ("
                    + t.transfers.tableName() + "[id=t-100]) is one item too many", e.getMessage());
            if (maxGetsPerReadTransaction() < 100) {
                DynamoDbException limit = assertThrows(DynamoDbException.class, read::load);
                assertTrue(limit.getMessage().contains("Member must have length less than or equal to "
                        + maxGetsPerReadTransaction()), limit.getMessage());
                return;
            }
            TransactionResult found = read.load();
            assertEquals(Optional.of(new Transfer("t-7", "a", "b", 7, null)), t.transfers.find(found, "t-7"));
            assertEquals(Optional.empty(), t.transfers.find(found, "t-8"));
            assertEquals(101, found.size(), "a result per get");
            assertEquals(1, sent.of(TransactGetItemsRequest.class).size());
            assertEquals(100, sent.of(TransactGetItemsRequest.class).get(0).transactItems().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fourMegabytesInAllAndFourHundredKilobytesAnItemAreCheckedBeforeSending(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            String note = "x".repeat(380 * 1024);
            Tx tx = t.write();
            for (int i = 0; i < 10; i++) {
                tx.put(t.transfers, new Transfer("t-" + i, "a", "b", i, note));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> tx.put(t.transfers, new Transfer("t-10", "a", "b", 10, note)));
            assertTrue(e.getMessage().startsWith("A transaction writes at most 4 MB (4194304 bytes, DynamoDB's limit);"
                    + " action 10 (save of " + t.transfers.tableName() + "[id=t-10], 389"), e.getMessage());
            assertTrue(e.getMessage().matches(".* bytes\\) brings it to 4[0-9]{6} bytes"), e.getMessage());
            assertEquals(List.of(), sent.of(TransactWriteItemsRequest.class), "nothing sent");
            tx.commit(); // the ten that fit
            assertEquals(note, t.transfers.load("t-9").orElseThrow().note());

            IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> t.write()
                    .put(t.transfers, new Transfer("t-big", "a", "b", 1, "x".repeat(401 * 1024))));
            assertTrue(big.getMessage().contains("over DynamoDB's limit of 409600 bytes (400 KB); its largest attribute"
                    + " is note"), big.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void committingAgainWithTheSameTokenAppliesOnce(Mode mode) {
        Recorder sent = new Recorder();
        try (TxTables t = new TxTables(mode, server(), sent)) {
            t.accounts.save(new Account("a-1", 100, 0, "Ann", 0));
            Tx tx = t.write()
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(10L)))
                    .put(t.transfers, new Transfer("t-1", "bank", "a-1", 10, null));
            TransactionResult first = tx.commit();
            TransactionResult again = tx.commit(); // as after a timeout: same object, same token
            if (!honoursClientRequestTokens()) {
                List<TransactWriteItemsRequest> requests = sent.of(TransactWriteItemsRequest.class);
                assertEquals(List.of(tx.token(), tx.token()), requests.stream()
                        .map(TransactWriteItemsRequest::clientRequestToken).toList(), "the same token, twice");
                assertEquals(120, t.accounts.load("a-1").orElseThrow().balance(), "the server applied it again");
                return;
            }
            assertEquals(110, t.accounts.load("a-1").orElseThrow().balance(), "applied once");
            assertEquals(first.clientRequestToken(), again.clientRequestToken());
            List<TransactWriteItemsRequest> requests = sent.of(TransactWriteItemsRequest.class);
            assertEquals(2, requests.size());
            assertEquals(tx.token(), requests.get(0).clientRequestToken());
            assertEquals(tx.token(), requests.get(1).clientRequestToken());

            t.write().token(tx.token())
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(10L)))
                    .put(t.transfers, new Transfer("t-1", "bank", "a-1", 10, null))
                    .commit();
            assertEquals(110, t.accounts.load("a-1").orElseThrow().balance(), "a new object with the token: still once");
            assertThrows(IdempotentParameterMismatchException.class, () -> t.write().token(tx.token())
                    .update(t.accounts, "a-1", Update.of(Account_.balance.add(20L))).commit(),
                    "another transaction under a used token");
            t.write().update(t.accounts, "a-1", Update.of(Account_.balance.add(10L))).commit();
            assertEquals(120, t.accounts.load("a-1").orElseThrow().balance(), "a new token applies");
            assertEquals("A client request token has 1 to 36 characters (DynamoDB's limit), found 37",
                    assertThrows(IllegalArgumentException.class, () -> t.write().token("x".repeat(37))).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void eightThreadsTimesAHundredTransfersKeepTheSumAndNoBalanceGoesNegative(Mode mode) throws Exception {
        int threads = 8;
        int transfers = 100;
        int accounts = 10;
        try (TxTables t = new TxTables(mode, server())) {
            for (int a = 0; a < accounts; a++) {
                t.accounts.save(new Account("a-" + a, 100, 0, "owner " + a, 0));
            }
            AtomicInteger committed = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(concurrentWriters());
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        Random random = new Random(writer);
                        for (int i = 0; i < transfers; i++) {
                            String from = "a-" + random.nextInt(accounts);
                            String to = "a-" + ((Integer.parseInt(from.substring(2)) + 1 + random.nextInt(accounts - 1))
                                    % accounts);
                            long amount = 1 + random.nextInt(60);
                            try {
                                t.write()
                                        .update(t.accounts, from, Update.of(Account_.balance.add(-amount),
                                                Account_.movements.add(1L)),
                                                Account_.balance.ge(amount).withMessage("insufficient funds"))
                                        .update(t.accounts, to, Update.of(Account_.balance.add(amount),
                                                Account_.movements.add(1L)))
                                        .put(t.transfers, new Transfer(writer + "-" + i, from, to, amount, null),
                                                Transfer_.id.notExists())
                                        .retryOnConflict(10)
                                        .commit();
                                committed.incrementAndGet();
                            } catch (TransactionFailedException e) {
                                assertEquals(Reason.CONDITION_FAILED, e.failures().get(0).reason(), e.getMessage());
                                assertEquals("insufficient funds", e.failures().get(0).rejectionMessage());
                                refused.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : writers) {
                    w.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(threads * transfers, committed.get() + refused.get());
            assertTrue(committed.get() > 0 && refused.get() > 0, "some transfers went through, some were refused: "
                    + committed + " / " + refused);
            long sum = 0;
            long movements = 0;
            Map<String, Long> expected = new HashMap<>();
            for (int a = 0; a < accounts; a++) {
                Account account = t.accounts.load("a-" + a).orElseThrow();
                assertTrue(account.balance() >= 0, account + " is negative");
                sum += account.balance();
                movements += account.movements();
                expected.put(account.id(), 100L);
            }
            assertEquals(100L * accounts, sum, "no money made or lost");
            assertEquals(2L * committed.get(), movements, "each committed transfer moved two accounts, once each");
            List<Map<String, AttributeValue>> ledger = t.client.scanPaginator(b -> b.tableName(t.transfers.tableName()))
                    .items().stream().toList();
            assertEquals(committed.get(), ledger.size(), "one ledger line per committed transfer");
            for (Map<String, AttributeValue> line : ledger) {
                long amount = Long.parseLong(line.get("amount").n());
                expected.merge(line.get("from").s(), -amount, Long::sum);
                expected.merge(line.get("to").s(), amount, Long::sum);
            }
            for (int a = 0; a < accounts; a++) {
                assertEquals(expected.get("a-" + a), t.accounts.load("a-" + a).orElseThrow().balance(),
                        "the ledger explains the balance of a-" + a);
            }
        }
    }
}
