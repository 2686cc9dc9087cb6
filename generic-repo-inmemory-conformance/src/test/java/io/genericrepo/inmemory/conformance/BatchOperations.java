package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem (puts and deletes over both tables, sometimes one key twice, which DynamoDB
 * refuses) and BatchGetItem (keys of both tables, sometimes with a projection or a duplicate key).
 * Responses per table are multisets: DynamoDB does not order them.
 */
final class BatchOperations {

    private final Domain domain;
    private final Items items;

    BatchOperations(Domain domain) {
        this.domain = domain;
        this.items = new Items(domain);
    }

    Operation write(Schema schema) {
        Map<String, List<WriteRequest>> requests = new LinkedHashMap<>();
        List<Operation.Written> written = new ArrayList<>();
        for (Schema.Table table : schema.tables()) {
            if (domain.chance(0.4) && !requests.isEmpty()) {
                continue;
            }
            List<WriteRequest> writes = new ArrayList<>();
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            int size = 1 + domain.random().nextInt(5);
            for (int i = 0; i < size; i++) {
                Map<String, AttributeValue> item = items.item(table);
                Map<String, AttributeValue> key = table.keyOf(item);
                if (keys.contains(key) && domain.chance(0.9)) {
                    continue;
                }
                keys.add(key);
                written.add(new Operation.Written(table.name(), key));
                writes.add(domain.chance(0.7) ? WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()
                        : WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
            }
            requests.put(table.name(), writes);
        }
        BatchWriteItemRequest request = BatchWriteItemRequest.builder().requestItems(requests).build();
        return new Operation("BatchWriteItem", request, c -> {
            BatchWriteItemResponse response = c.batchWriteItem(request);
            return new Observed().text("unprocessed", new TreeMap<>(response.unprocessedItems()).toString());
        }, written);
    }

    Operation get(Schema schema) {
        Map<String, KeysAndAttributes> requests = new LinkedHashMap<>();
        for (Schema.Table table : schema.tables()) {
            if (domain.chance(0.4) && !requests.isEmpty()) {
                continue;
            }
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            int size = 1 + domain.random().nextInt(5);
            for (int i = 0; i < size; i++) {
                Map<String, AttributeValue> key = items.key(table);
                if (!keys.contains(key) || domain.chance(0.1)) {
                    keys.add(key);
                }
            }
            Placeholders placeholders = new Placeholders(domain);
            String projection = domain.chance(0.3) ? placeholders.name(domain.pick(Domain.ATTRIBUTES)) + ", "
                    + placeholders.name(table.hashKey()) : null;
            requests.put(table.name(), KeysAndAttributes.builder().keys(keys).projectionExpression(projection)
                    .expressionAttributeNames(placeholders.names())
                    .consistentRead(domain.chance(0.5) ? Boolean.TRUE : null).build());
        }
        BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(requests).build();
        return Operation.read("BatchGetItem", request, c -> {
            BatchGetItemResponse response = c.batchGetItem(request);
            Observed observed = new Observed();
            new TreeMap<>(response.responses()).forEach((table, found) -> observed.multiset(table, found));
            return observed.text("unprocessed", response.unprocessedKeys().size());
        });
    }
}
