package io.genericrepo.inmemory.conformance;

import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
            String kind = "ERROR " + e.getClass().getSimpleName() + " " + code + "\n";
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            return new Outcome(kind, kind, message, true);
        } catch (RuntimeException e) {
            String kind = "CRASH " + e.getClass().getName() + ": " + e.getMessage() + "\n";
            return new Outcome(kind, kind, String.valueOf(e.getMessage()), true);
        }
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
