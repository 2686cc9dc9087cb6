package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Follows LastEvaluatedKey to the end and renders what must match. A table query: every page's
 * items in order, Count, ScannedCount and LastEvaluatedKey. An index query: DynamoDB does not
 * define the order of items with equal index keys (see {@link KnownDivergences#INDEX_TIE_ORDER}),
 * so items are compared in index-key order with ties as multisets, each page's ScannedCount, the
 * LastEvaluatedKey's attribute names and index key values, and Count in total. A scan (all
 * segments): the items as a multiset and the Count and ScannedCount totals.
 */
final class Paging {

    private static final int MAX_PAGES = 200;

    private Paging() {}

    static Function<DynamoDbClient, Observed> query(QueryRequest request, List<String> indexKeys) {
        return client -> {
            Observed observed = new Observed();
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            int count = 0;
            QueryRequest next = request;
            for (int page = 0; page < MAX_PAGES; page++) {
                QueryResponse response = client.query(next);
                all.addAll(response.items());
                count += response.count();
                Map<String, AttributeValue> last = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
                if (indexKeys == null) {
                    observed.items("page" + page, response.items()).text("count", response.count())
                            .text("scanned", response.scannedCount()).item("lastKey", last);
                } else {
                    observed.text("page" + page + ".scanned", response.scannedCount())
                            .text("lastKey", last == null ? "none" : new TreeMap<>(last).keySet())
                            .item("lastKey.index", last == null ? null : only(last, indexKeys));
                }
                if (last == null) {
                    break;
                }
                next = next.toBuilder().exclusiveStartKey(last).build();
            }
            if (indexKeys != null) {
                observed.text("count", count).multisetGroups("items", all, indexKeys);
            }
            return observed;
        };
    }

    static Function<DynamoDbClient, Observed> scan(ScanRequest request, boolean pagesMatter) {
        return client -> {
            Observed observed = new Observed();
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            int count = 0;
            int scanned = 0;
            int pages = 0;
            int segments = request.totalSegments() == null ? 1 : request.totalSegments();
            for (int segment = 0; segment < segments; segment++) {
                ScanRequest next = request.totalSegments() == null ? request : request.toBuilder().segment(segment).build();
                for (int page = 0; page < MAX_PAGES; page++, pages++) {
                    ScanResponse response = client.scan(next);
                    all.addAll(response.items());
                    count += response.count();
                    scanned += response.scannedCount();
                    if (!response.hasLastEvaluatedKey()) {
                        break;
                    }
                    next = next.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
                }
            }
            observed.multiset("items", all).text("count", count).text("scanned", scanned);
            if (pagesMatter) {
                observed.text("pages", pages);
            }
            return observed;
        };
    }

    private static Map<String, AttributeValue> only(Map<String, AttributeValue> key, List<String> attributes) {
        Map<String, AttributeValue> kept = new TreeMap<>();
        attributes.forEach(a -> {
            if (key.containsKey(a)) {
                kept.put(a, key.get(a));
            }
        });
        return kept;
    }
}
