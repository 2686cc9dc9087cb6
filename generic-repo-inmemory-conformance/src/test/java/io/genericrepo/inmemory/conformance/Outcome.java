package io.genericrepo.inmemory.conformance;

import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One side's result of an operation: its {@link Observed} texts, or the error as exception class
 * and DynamoDB error code (compared) plus its message (only counted when it differs). Any other
 * exception is a crash, recorded by class so that it always shows as a mismatch against a server.
 */
record Outcome(String canonical, String exact, String message, boolean error) {

    static Outcome of(Function<DynamoDbClient, Observed> call, DynamoDbClient client) {
        try {
            Observed observed = call.apply(client);
            return new Outcome(observed.canonical(), observed.exact(), null, false);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "?" : e.awsErrorDetails().errorCode();
            String kind = "ERROR " + e.getClass().getSimpleName() + " " + code + "\n" + details(e);
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            return new Outcome(kind, kind, message, true);
        } catch (RuntimeException e) {
            String kind = "CRASH " + e.getClass().getName() + ": " + e.getMessage() + "\n";
            return new Outcome(kind, kind, String.valueOf(e.getMessage()), true);
        }
    }

    /** What an error carries besides its code: the cancellation reasons of a transaction, the item of a failed condition. */
    private static String details(AwsServiceException e) {
        StringBuilder text = new StringBuilder();
        if (e instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            for (CancellationReason reason : cancelled.cancellationReasons()) {
                text.append("  reason ").append(reason.code()).append(' ')
                        .append(reason.hasItem() ? Canonical.item(reason.item()) : "no item").append('\n');
            }
        }
        if (e instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
            text.append("  item ").append(Canonical.item(failed.item())).append('\n');
        }
        return text.toString();
    }

    /** Appends what followed the operation (the items it wrote, read back) to a successful outcome. */
    Outcome then(Observed after) {
        return new Outcome(canonical + after.canonical(), exact + after.exact(), message, error);
    }

    @Override
    public String toString() {
        return message == null ? canonical : canonical + "\n  message: " + message;
    }
}
