package io.genericrepo.inmemory.error;

import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The one factory for the engine's errors, in DynamoDB's shape: the SDK exception class the real
 * service produces, an {@code awsErrorDetails().errorCode()} and the service's own message text, a
 * status code and a request id. Every message the engine can answer with is written here once, so
 * that it is tested once.
 */
public final class Errors {

    private static final String SERVICE = "DynamoDb";

    private Errors() {}

    /** A {@code ValidationException} (HTTP 400) with DynamoDB's message text. */
    public static DynamoDbException validation(String message) {
        return (DynamoDbException) fill(DynamoDbException.builder(), "ValidationException", 400, message);
    }

    /** {@code One or more parameter values were invalid: ...}, DynamoDB's most common validation prefix. */
    public static DynamoDbException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    /** {@code Invalid <kind>: <detail>}, as DynamoDB reports a bad expression ({@code kind} e.g. "ConditionExpression"). */
    public static DynamoDbException invalidExpression(String kind, String detail) {
        return validation("Invalid " + kind + ": " + detail);
    }

    /** The table (or index) named does not exist. */
    public static ResourceNotFoundException resourceNotFound(String message) {
        return (ResourceNotFoundException) fill(ResourceNotFoundException.builder(), "ResourceNotFoundException", 400, message);
    }

    /** A table with that name exists already (CreateTable), or is in use. */
    public static ResourceInUseException resourceInUse(String message) {
        return (ResourceInUseException) fill(ResourceInUseException.builder(), "ResourceInUseException", 400, message);
    }

    /** A ConditionExpression evaluated to false. */
    public static ConditionalCheckFailedException conditionalCheckFailed() {
        return (ConditionalCheckFailedException) fill(ConditionalCheckFailedException.builder(),
                "ConditionalCheckFailedException", 400, "The conditional request failed");
    }

    /**
     * Fills any DynamoDB exception builder with DynamoDB's error shape; for the exception classes not
     * covered by a method here (transactions, throttling) the caller passes the builder and code.
     */
    public static AwsServiceException fill(AwsServiceException.Builder builder, String code, int status, String message) {
        return builder
                .message(message)
                .statusCode(status)
                .requestId(UUID.randomUUID().toString())
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName(SERVICE)
                        .build())
                .build();
    }
}
