package io.genericrepo.internal.transaction;

import io.genericrepo.TransactionResult;
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * A read transaction, written once for sync and async: up to 100 gets on any tables of one
 * client, read by one TransactGetItems as a consistent snapshot. Keys are checked as they are
 * added; a key asked for twice is read once (DynamoDB refuses two actions on one item) and given
 * to both gets. Items whose TTL has passed are left out, as {@code load} does. Internal.
 */
public final class TransactReads {


    private record Read(TableOperations<?, ?> table, Map<String, AttributeValue> key, String describedKey,
            int position) {}

    private final List<Read> reads = new ArrayList<>();
    private final List<Read> requested = new ArrayList<>();
    private final Map<List<Object>, Integer> positions = new HashMap<>();
    private final TransactionClient client = new TransactionClient();

    /**
     * @param table the table's operations
     * @param clientOfTable the client of the table's repository
     * @param key the key
     * @param <T> the record
     * @param <K> its key
     */
    public <T, K> void get(TableOperations<T, K> table, Object clientOfTable, K key) {
        Map<String, AttributeValue> attributes = table.keyAttributes(key); // a refused key does not choose the client
        client.check(clientOfTable, table.tableName());
        getRaw(table, attributes);
    }

    void getRaw(TableOperations<?, ?> table, Map<String, AttributeValue> key) {
        List<Object> identity = List.of(table.tableName(), Keys.canonical(key));
        Integer position = positions.get(identity);
        if (position == null) {
            // DynamoDB counts the items of the request, and a key asked for again is not sent again
            if (requested.size() == TransactWrites.MAX_ACTIONS) {
                throw new IllegalArgumentException("A read transaction reads at most " + TransactWrites.MAX_ACTIONS
                        + " items (DynamoDB's limit); get " + reads.size() + " (" + table.tableName() + "["
                        + Keys.describe(table.schema().metadata(), key) + "]) is one item too many");
            }
            position = requested.size();
            positions.put(identity, position);
        }
        Read read = new Read(table, key, Keys.describe(table.schema().metadata(), key), position);
        if (position == requested.size()) {
            requested.add(read);
        }
        reads.add(read);
    }

    /** @return how many gets were added */
    public int size() {
        return reads.size();
    }

    /**
     * @param runner the runner of the tables' client
     * @return the items, one per get in order, null where there is none
     */
    CompletableFuture<List<Object>> items(Runner runner) {
        return items(runner, List.copyOf(reads), List.copyOf(requested));
    }

    /** Reads the gets added so far; a get added while the request is in flight is the next load's. */
    private CompletableFuture<List<Object>> items(Runner runner, List<Read> gets, List<Read> asked) {
        if (gets.isEmpty()) {
            throw new IllegalStateException("A read transaction needs at least one get");
        }
        List<TransactGetItem> items = new ArrayList<>(asked.size());
        List<TransactionFailures.ActionRef> refs = new ArrayList<>(asked.size());
        for (Read r : asked) {
            items.add(TransactGetItem.builder().get(Get.builder().tableName(r.table().tableName()).key(r.key()).build())
                    .build());
            refs.add(new TransactionFailures.ActionRef(gets.indexOf(r), "get", r.table(), r.describedKey(), null, null,
                    null));
        }
        TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(items).build();
        String tableNames = String.join(",", asked.stream().map(r -> r.table().tableName()).distinct().toList());
        return runner.call(new Operation<>(Call.TRANSACT_GET_ITEMS, request, tableNames, gets.size() + " gets",
                response -> itemsOf(response, gets, asked),
                e -> TransactionFailures.explain("read transaction", refs, gets.size(), null, 1, e)));
    }

    private static List<Object> itemsOf(TransactGetItemsResponse response, List<Read> gets, List<Read> asked) {
        List<ItemResponse> responses = response.responses();
        List<Object> found = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            Map<String, AttributeValue> item = i < responses.size() && responses.get(i).hasItem()
                    ? responses.get(i).item() : null;
            TableOperations<?, ?> table = asked.get(i).table();
            found.add(item == null || item.isEmpty() || !table.rules().visible(item) ? null : table.read(item));
        }
        List<Object> items = new ArrayList<>(gets.size());
        gets.forEach(r -> items.add(found.get(r.position())));
        return items;
    }

    /**
     * @param runner the runner of the tables' client
     * @return the result, an item per get
     */
    public CompletableFuture<TransactionResult> load(Runner runner) {
        List<Read> gets = List.copyOf(reads);
        return items(runner, gets, List.copyOf(requested)).thenApply(items -> {
            List<TransactionResult.Entry> entries = new ArrayList<>(gets.size());
            for (int i = 0; i < gets.size(); i++) {
                Read r = gets.get(i);
                entries.add(new TransactionResult.Entry("get", r.table().tableName(), Keys.canonical(r.key()),
                        items.get(i), null));
            }
            return new TransactionResult(entries, null, 1);
        });
    }
}
