package io.genericrepo.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Takes the first write of the first batch out of the request (so the server never stores it) and
 * hands it back as unprocessed with its number attributes in another text ({@code 1} as
 * {@code 1.0}): the repository must still know it as the item it sent, and retry it.
 */
final class UnprocessedInOtherForm implements ExecutionInterceptor {

    private static final ExecutionAttribute<WriteRequest> TAKEN = new ExecutionAttribute<>("takenWrite");

    private final AtomicBoolean done = new AtomicBoolean();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest write && write.requestItems().values().iterator().next().size() > 1
                && done.compareAndSet(false, true)) {
            String table = write.requestItems().keySet().iterator().next();
            List<WriteRequest> all = new ArrayList<>(write.requestItems().get(table));
            attributes.putAttribute(TAKEN, all.remove(0));
            return write.toBuilder().requestItems(Map.of(table, all)).build();
        }
        return context.request();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        WriteRequest taken = attributes.getAttribute(TAKEN);
        if (taken == null || !(context.response() instanceof BatchWriteItemResponse response)) {
            return context.response();
        }
        Map<String, AttributeValue> item = new HashMap<>();
        taken.putRequest().item().forEach((name, value) -> item.put(name, value.n() == null ? value
                : AttributeValue.fromN(value.n().contains(".") ? value.n() + "0" : value.n() + ".0")));
        String table = ((BatchWriteItemRequest) context.request()).requestItems().keySet().iterator().next();
        WriteRequest other = WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
        return response.toBuilder().unprocessedItems(Map.of(table, List.of(other))).build();
    }
}
