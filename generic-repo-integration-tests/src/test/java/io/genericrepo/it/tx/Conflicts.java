package io.genericrepo.it.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Cancels the first {@code n} TransactWriteItems with {@code TransactionConflict} on one action,
 * in DynamoDB's shape, before they reach the server; records every TransactWriteItems it sees.
 * Needed because the engine (and moto) apply transactions one at a time and so never report a
 * conflict, which DynamoDB does when two writers meet on an item.
 */
final class Conflicts implements ExecutionInterceptor {

    private final AtomicInteger left;
    private final int conflictingAction;
    final List<TransactWriteItemsRequest> seen = new CopyOnWriteArrayList<>();

    Conflicts(int n, int conflictingAction) {
        this.left = new AtomicInteger(n);
        this.conflictingAction = conflictingAction;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof TransactWriteItemsRequest request)) {
            return;
        }
        seen.add(request);
        if (left.getAndDecrement() <= 0) {
            return;
        }
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < request.transactItems().size(); i++) {
            reasons.add(i == conflictingAction
                    ? CancellationReason.builder().code("TransactionConflict")
                            .message("Transaction is ongoing for the item").build()
                    : CancellationReason.builder().code("None").build());
        }
        throw TransactionCanceledException.builder().statusCode(400).cancellationReasons(reasons)
                .message("Transaction cancelled, please refer cancellation reasons for specific reasons").build();
    }
}
