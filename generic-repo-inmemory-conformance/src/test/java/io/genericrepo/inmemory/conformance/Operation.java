package io.genericrepo.inmemory.conformance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One generated operation: its kind (for statistics), the request (for printing), the call that
 * sends it (with any paging) and renders the answer, and the items it may have written, read back
 * on both sides afterwards.
 */
record Operation(String kind, Object request, Function<DynamoDbClient, Observed> call, List<Written> written) {

    /** An item key an operation may have written. */
    record Written(String table, Map<String, AttributeValue> key) {}

    static Operation read(String kind, Object request, Function<DynamoDbClient, Observed> call) {
        return new Operation(kind, request, call, List.of());
    }
}
