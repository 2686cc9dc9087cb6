package io.genericrepo.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Faults no server produces, injected into real requests: a share of each batch is taken out of
 * the request before it is sent (so the server never writes or reads it) and handed back as
 * unprocessed, as DynamoDB does under load; a share of batch requests fails with throttling; and
 * items whose key matches a predicate are never processed at all.
 */
final class BatchFaults implements ExecutionInterceptor {

    private static final ExecutionAttribute<List<WriteRequest>> DROPPED_WRITES = new ExecutionAttribute<>("droppedWrites");
    private static final ExecutionAttribute<List<Map<String, AttributeValue>>> DROPPED_KEYS =
            new ExecutionAttribute<>("droppedKeys");

    private final double unprocessedShare;
    private final double throttledShare;
    private final Predicate<Map<String, AttributeValue>> never;
    private final Random random = new Random(42);
    final AtomicInteger batchRequests = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();
    final AtomicInteger largestBatch = new AtomicInteger();

    BatchFaults(double unprocessedShare, double throttledShare, Predicate<Map<String, AttributeValue>> never) {
        this.unprocessedShare = unprocessedShare;
        this.throttledShare = throttledShare;
        this.never = never;
    }

    private synchronized boolean chance(double share) {
        return random.nextDouble() < share;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof BatchWriteItemRequest write) {
            batchRequests.incrementAndGet();
            String table = write.requestItems().keySet().iterator().next();
            List<WriteRequest> all = write.requestItems().get(table);
            largestBatch.accumulateAndGet(all.size(), Math::max);
            throttleSometimes();
            List<WriteRequest> kept = new ArrayList<>();
            List<WriteRequest> dropped = new ArrayList<>();
            for (WriteRequest w : all) {
                Map<String, AttributeValue> item = w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key();
                (never.test(item) || chance(unprocessedShare) ? dropped : kept).add(w);
            }
            if (kept.isEmpty()) {
                throw throttling(); // DynamoDB refuses an empty batch; a throttle keeps the items pending too
            }
            attributes.putAttribute(DROPPED_WRITES, dropped);
            return write.toBuilder().requestItems(Map.of(table, kept)).build();
        }
        if (request instanceof BatchGetItemRequest get) {
            batchRequests.incrementAndGet();
            String table = get.requestItems().keySet().iterator().next();
            List<Map<String, AttributeValue>> all = get.requestItems().get(table).keys();
            throttleSometimes();
            List<Map<String, AttributeValue>> kept = new ArrayList<>();
            List<Map<String, AttributeValue>> dropped = new ArrayList<>();
            for (Map<String, AttributeValue> key : all) {
                (never.test(key) || chance(unprocessedShare) ? dropped : kept).add(key);
            }
            if (kept.isEmpty()) {
                throw throttling();
            }
            attributes.putAttribute(DROPPED_KEYS, dropped);
            return get.toBuilder().requestItems(Map.of(table, KeysAndAttributes.builder().keys(kept).build())).build();
        }
        return request;
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        if (response instanceof BatchWriteItemResponse write && attributes.getAttribute(DROPPED_WRITES) != null) {
            BatchWriteItemRequest request = (BatchWriteItemRequest) context.request();
            String table = request.requestItems().keySet().iterator().next();
            List<WriteRequest> unprocessed = new ArrayList<>(write.unprocessedItems().getOrDefault(table, List.of()));
            unprocessed.addAll(attributes.getAttribute(DROPPED_WRITES));
            return write.toBuilder().unprocessedItems(unprocessed.isEmpty() ? Map.of() : Map.of(table, unprocessed)).build();
        }
        if (response instanceof BatchGetItemResponse get && attributes.getAttribute(DROPPED_KEYS) != null) {
            BatchGetItemRequest request = (BatchGetItemRequest) context.request();
            String table = request.requestItems().keySet().iterator().next();
            List<Map<String, AttributeValue>> left = new ArrayList<>(attributes.getAttribute(DROPPED_KEYS));
            KeysAndAttributes already = get.unprocessedKeys().get(table);
            if (already != null) {
                left.addAll(already.keys());
            }
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>();
            if (!left.isEmpty()) {
                unprocessed.put(table, KeysAndAttributes.builder().keys(left).build());
            }
            return get.toBuilder().unprocessedKeys(unprocessed).build();
        }
        return response;
    }

    private void throttleSometimes() {
        if (chance(throttledShare)) {
            throw throttling();
        }
    }

    private ProvisionedThroughputExceededException throttling() {
        throttled.incrementAndGet();
        return ProvisionedThroughputExceededException.builder()
                .statusCode(400).message("injected throttling")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                        .errorMessage("injected throttling").build())
                .build();
    }
}
