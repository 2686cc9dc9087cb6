package io.genericrepo.internal.transaction;

import io.genericrepo.Condition;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.table.TableOperations;
import io.genericrepo.internal.table.WriteParts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A write transaction, written once for sync and async. Each action is built by the table's
 * {@link TableOperations} exactly as the single write would be ({@link WriteParts}: version
 * condition and increment, TTL, key and item limits), so no rule differs inside a transaction.
 * DynamoDB's transaction limits are checked as actions are added, before anything is sent: at
 * most 100 actions, at most 4 MB of items, no item twice. Commit sends one TransactWriteItems with
 * a client request token (idempotent for DynamoDB's 10 minutes), retries a cancellation caused
 * only by conflicts when asked, and answers with each put's item as stored and each update's item
 * read back. Internal.
 */
public final class TransactWrites {

    private static final Logger LOG = LoggerFactory.getLogger("io.genericrepo");

    /** DynamoDB's most actions in one transaction. */
    public static final int MAX_ACTIONS = 100;
    /** DynamoDB's most bytes of items in one transaction. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final int MAX_TOKEN_LENGTH = 36;


    private record Action(TableOperations<?, ?> table, WriteParts<?> parts, long bytes) {
        String described() {
            return parts.operation() + " of " + table.tableName() + "[" + parts.describedKey() + "]";
        }
    }

    private final List<Action> actions = new ArrayList<>();
    private final Map<List<Object>, Integer> positions = new HashMap<>();
    private final TransactionClient client = new TransactionClient();
    private long bytes;
    private String token = UUID.randomUUID().toString();
    private int maxAttempts = 1;
    private BackoffStrategy backoff = BackoffStrategy.retryImmediately();

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param item the record
     * @param condition the caller's condition, or null
     * @param <T> the record
     */
    public <T> void put(TableOperations<T, ?> table, Object clientOfTable, T item, Condition<T> condition) {
        add(table, clientOfTable, table.putParts(table.rules().prepare(item), condition));
    }

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param key the key
     * @param update the changes
     * @param condition the caller's condition, or null
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void update(TableOperations<T, K> table, Object clientOfTable, K key, Update<T> update,
            Condition<T> condition) {
        addUpdate(table, clientOfTable, table.updateParts(key, null, update, condition, false, null), update);
    }

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param current the record as read; its version must still be stored
     * @param update the changes
     * @param condition the caller's condition, or null
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void updateIfUnchanged(TableOperations<T, K> table, Object clientOfTable, T current, Update<T> update,
            Condition<T> condition) {
        Objects.requireNonNull(current, "current");
        Long expected = table.rules().versionOf(current);
        if (expected == null) {
            throw new IllegalStateException(table.schema().metadataOf(current).recordName() + " has no @Version component, so"
                    + " updateIfUnchanged cannot tell whether it changed; add one, or use update(table, key, update)");
        }
        addUpdate(table, clientOfTable, table.updateParts(table.schema().keyOf(current), current, update, condition,
                false, expected), update);
    }

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param key the key
     * @param condition the caller's condition, or null
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void delete(TableOperations<T, K> table, Object clientOfTable, K key, Condition<T> condition) {
        add(table, clientOfTable, table.deleteParts(key, condition, null));
    }

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param item the record as read; a {@code @Version}ed one is deleted only at its version
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void deleteItem(TableOperations<T, K> table, Object clientOfTable, T item) {
        Objects.requireNonNull(item, () -> "the " + table.schema().metadata().recordName() + " to delete must not be null");
        add(table, clientOfTable, table.deleteParts(table.schema().keyOf(item), null, table.rules().versionOf(item)));
    }

    /**
     * @param table the table's operations
     * @param clientOfTable its repository's client
     * @param key the key
     * @param condition the condition the stored item must meet
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void check(TableOperations<T, K> table, Object clientOfTable, K key, Condition<T> condition) {
        add(table, clientOfTable, table.checkParts(key, condition));
    }

    /**
     * @param token the client request token: 1 to 36 characters
     */
    public void clientRequestToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("A client request token has 1 to " + MAX_TOKEN_LENGTH
                    + " characters (DynamoDB's limit), found " + token.length());
        }
        this.token = token;
    }

    /** @return the client request token commits use */
    public String clientRequestToken() {
        return token;
    }

    /**
     * @param attempts sends at most, the first included
     * @param strategy how long to wait before each retry
     */
    public void retryOnConflict(int attempts, BackoffStrategy strategy) {
        if (attempts < 1) {
            throw new IllegalArgumentException("retryOnConflict needs at least 1 attempt, found " + attempts);
        }
        this.maxAttempts = attempts;
        this.backoff = Objects.requireNonNull(strategy, "strategy");
    }

    /** @return how many actions were added */
    public int size() {
        return actions.size();
    }

    private void addUpdate(TableOperations<?, ?> table, Object clientOfTable, WriteParts<?> parts, Update<?> update) {
        long size = ActionSizes.of(parts, update);
        ActionSizes.checkUpdate(parts, update, table.schema().metadata().recordName(), table.tableName(), size);
        add(table, clientOfTable, parts, size);
    }

    private void add(TableOperations<?, ?> table, Object clientOfTable, WriteParts<?> parts) {
        add(table, clientOfTable, parts, ActionSizes.of(parts, null));
    }

    private void add(TableOperations<?, ?> table, Object clientOfTable, WriteParts<?> parts, long size) {
        client.check(clientOfTable, table.tableName());
        Action action = new Action(table, parts, size);
        int index = actions.size();
        if (index == MAX_ACTIONS) {
            throw new IllegalArgumentException("A transaction holds at most " + MAX_ACTIONS + " actions (DynamoDB's"
                    + " limit); action " + index + " (" + action.described() + ") is one too many: split the work,"
                    + " or use saveAll for writes that need not be atomic");
        }
        if (bytes + size > MAX_BYTES) {
            throw new IllegalArgumentException("A transaction writes at most 4 MB (" + MAX_BYTES + " bytes, DynamoDB's"
                    + " limit); action " + index + " (" + action.described() + ", " + size + " bytes) brings it to "
                    + (bytes + size) + " bytes");
        }
        List<Object> identity = List.of(table.tableName(), Keys.canonical(parts.key()));
        Integer earlier = positions.get(identity);
        if (earlier != null) {
            throw new IllegalArgumentException("A transaction may act on an item once only (DynamoDB refuses more):"
                    + " " + table.tableName() + "[" + parts.describedKey() + "] appears twice, at action " + earlier
                    + " (" + actions.get(earlier).parts().operation() + ") and at action " + index + " ("
                    + parts.operation() + ")");
        }
        positions.put(identity, index);
        actions.add(action);
        bytes += size;
    }

    /**
     * What one commit sends, fixed when it starts: actions added, or settings changed, while it is
     * in flight belong to the next commit, not to this one's retries and result.
     */
    private record Sent(List<Action> actions, TransactWriteItemsRequest request, List<TransactionFailures.ActionRef> refs,
            String token, int maxAttempts, BackoffStrategy backoff) {
        String tableNames() {
            return String.join(",", actions.stream().map(a -> a.table().tableName()).distinct().toList());
        }
    }

    /**
     * @param runner the runner of the tables' client
     * @return the result; failed with {@link TransactionFailedException} when DynamoDB cancelled it
     */
    public CompletableFuture<TransactionResult> commit(Runner runner) {
        if (actions.isEmpty()) {
            throw new IllegalStateException("A transaction needs at least one action");
        }
        List<Action> sent = List.copyOf(actions);
        List<TransactWriteItem> items = new ArrayList<>(sent.size());
        List<TransactionFailures.ActionRef> refs = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            WriteParts<?> p = sent.get(i).parts();
            items.add(item(sent.get(i)));
            refs.add(new TransactionFailures.ActionRef(i, p.operation(), sent.get(i).table(), p.describedKey(),
                    p.condition(), p.expectedVersion(), p.missing()));
        }
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(items)
                .clientRequestToken(token).build();
        return attempt(runner, new Sent(sent, request, refs, token, maxAttempts, backoff), 1);
    }

    private CompletableFuture<TransactionResult> attempt(Runner runner, Sent sent, int attempt) {
        int count = sent.actions().size();
        Operation<TransactWriteItemsRequest, TransactWriteItemsResponse, TransactWriteItemsResponse> op = new Operation<>(
                Call.TRANSACT_WRITE_ITEMS, sent.request(), sent.tableNames(), count + " actions", r -> r,
                e -> TransactionFailures.explain("transaction", sent.refs(), count, sent.token(), attempt, e));
        return runner.call(op).handle((ok, failure) -> failure).thenCompose(failure -> {
            if (failure == null) {
                return result(runner, sent, attempt);
            }
            RuntimeException e = Runner.unwrap(failure);
            if (e instanceof TransactionFailedException cancelled && cancelled.conflictOnly()
                    && attempt < sent.maxAttempts()) {
                // the SDK numbers the attempt a delay comes before, from 1 (its computeDelay(1) is zero)
                Duration wait = sent.backoff().computeDelay(attempt + 1);
                LOG.warn("Transaction on {} cancelled by a conflict (attempt {} of {}); retrying in {} ms",
                        sent.tableNames(), attempt, sent.maxAttempts(), wait.toMillis());
                return runner.sleep(wait).thenCompose(v -> attempt(runner, sent, attempt + 1));
            }
            return CompletableFuture.failedFuture(e);
        });
    }

    /** Each put's item as stored; each update's read back in one snapshot (a failure to read is kept, not thrown). */
    private static CompletableFuture<TransactionResult> result(Runner runner, Sent sent, int attempts) {
        TransactReads readBack = new TransactReads();
        for (Action a : sent.actions()) {
            if (a.parts().updateExpression() != null) {
                readBack.getRaw(a.table(), a.parts().key());
            }
        }
        CompletableFuture<List<Object>> updated = readBack.size() == 0
                ? CompletableFuture.completedFuture(List.of()) : readBack.items(runner);
        return updated.handle((items, failure) -> {
            RuntimeException unavailable = failure == null ? null : Runner.unwrap(failure);
            List<TransactionResult.Entry> entries = new ArrayList<>(sent.actions().size());
            int next = 0;
            for (Action a : sent.actions()) {
                WriteParts<?> p = a.parts();
                Object item = null;
                RuntimeException missing = null;
                if (p.item() != null) {
                    item = a.table().read(p.item());
                } else if (p.updateExpression() != null) {
                    item = unavailable == null ? items.get(next) : null;
                    missing = unavailable;
                    next++;
                }
                entries.add(new TransactionResult.Entry(p.operation(), a.table().tableName(), Keys.canonical(p.key()),
                        item, missing));
            }
            return new TransactionResult(entries, sent.token(), attempts);
        });
    }

    private static TransactWriteItem item(Action action) {
        WriteParts<?> p = action.parts();
        String table = action.table().tableName();
        // the stored item comes back with a failed condition, so the exception can show it typed
        ReturnValuesOnConditionCheckFailure old = p.conditionExpression() == null ? null
                : ReturnValuesOnConditionCheckFailure.ALL_OLD;
        TransactWriteItem.Builder b = TransactWriteItem.builder();
        switch (p.operation()) {
            case "save" -> b.put(Put.builder().tableName(table).item(p.item()).conditionExpression(p.conditionExpression())
                    .expressionAttributeNames(p.names()).expressionAttributeValues(p.values())
                    .returnValuesOnConditionCheckFailure(old).build());
            case "update" -> b.update(software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(table)
                    .key(p.key()).updateExpression(p.updateExpression()).conditionExpression(p.conditionExpression())
                    .expressionAttributeNames(p.names()).expressionAttributeValues(p.values())
                    .returnValuesOnConditionCheckFailure(old).build());
            case "delete" -> b.delete(Delete.builder().tableName(table).key(p.key())
                    .conditionExpression(p.conditionExpression()).expressionAttributeNames(p.names())
                    .expressionAttributeValues(p.values()).returnValuesOnConditionCheckFailure(old).build());
            default -> b.conditionCheck(ConditionCheck.builder().tableName(table).key(p.key())
                    .conditionExpression(p.conditionExpression()).expressionAttributeNames(p.names())
                    .expressionAttributeValues(p.values()).returnValuesOnConditionCheckFailure(old).build());
        }
        return b.build();
    }
}
