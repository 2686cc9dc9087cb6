package io.genericrepo.it.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Cancels every TransactWriteItems in DynamoDB's shape with the given reason codes, one per action
 * in order ({@code None} for the actions past the list), before it reaches the server; records
 * each one it sees.
 */
final class Cancels implements ExecutionInterceptor {

    private final List<String> codes;
    final List<TransactWriteItemsRequest> seen = new CopyOnWriteArrayList<>();

    Cancels(String... codes) {
        this.codes = List.of(codes);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof TransactWriteItemsRequest request)) {
            return;
        }
        seen.add(request);
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < request.transactItems().size(); i++) {
            String code = i < codes.size() ? codes.get(i) : "None";
            reasons.add(CancellationReason.builder().code(code).message("None".equals(code) ? null : "injected " + code)
                    .build());
        }
        throw TransactionCanceledException.builder().statusCode(400).cancellationReasons(reasons)
                .message("Transaction cancelled, please refer cancellation reasons for specific reasons").build();
    }
}
