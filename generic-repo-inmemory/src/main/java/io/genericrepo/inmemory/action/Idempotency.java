package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * ClientRequestToken idempotency of TransactWriteItems, as DynamoDB documents it: a token that
 * succeeded within the last 10 minutes answers the same request again with the first answer,
 * without applying it twice, and a different request with IdempotentParameterMismatchException; a
 * request with a token still being applied gets TransactionInProgressException. A failed request
 * leaves no trace, so it may be retried with its token.
 */
final class Idempotency {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private record Entry(TransactWriteItemsRequest request, TransactWriteItemsResponse response, Instant at) {}

    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();

    Idempotency(Clock clock) {
        this.clock = clock;
    }

    TransactWriteItemsResponse run(String token, TransactWriteItemsRequest request,
            Supplier<TransactWriteItemsResponse> action) {
        synchronized (this) {
            expire();
            Entry e = entries.get(token);
            if (e != null) {
                if (e.response() == null) {
                    throw Errors.transactionInProgress();
                }
                if (!e.request().equals(request)) {
                    throw Errors.idempotentParameterMismatch();
                }
                return e.response();
            }
            entries.put(token, new Entry(request, null, clock.instant()));
        }
        TransactWriteItemsResponse response = null;
        try {
            response = action.get();
            return response;
        } finally {
            synchronized (this) {
                if (response == null) {
                    entries.remove(token);
                } else {
                    entries.put(token, new Entry(request, response, clock.instant()));
                }
            }
        }
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(WINDOW);
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.response() != null && e.at().isBefore(cutoff)) {
                it.remove();
            }
        }
    }
}
