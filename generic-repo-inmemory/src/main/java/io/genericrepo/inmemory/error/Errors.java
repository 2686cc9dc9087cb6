package io.genericrepo.inmemory.error;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

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

    /**
     * A request field that breaks a constraint of DynamoDB's API model, in the service's words:
     * {@code 1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member
     * must have value greater than or equal to 1}.
     *
     * @param value the value as DynamoDB prints it ({@code null} for a missing member)
     */
    public static DynamoDbException constraint(Object value, String field, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        return validation("1 validation error detected: Value " + shown + " at '" + field
                + "' failed to satisfy constraint: Member " + constraint);
    }

    /** A key given does not have exactly the table's key attributes with their declared types. */
    public static DynamoDbException keyMismatch() {
        return validation("The provided key element does not match the schema");
    }

    /** An item larger than 400 KB. */
    public static DynamoDbException itemTooLarge() {
        return validation("Item size has exceeded the maximum allowed size");
    }

    /** A BatchWriteItem or BatchGetItem request that names one key twice. */
    public static DynamoDbException duplicateKeys() {
        return validation("Provided list of item keys contains duplicates");
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
     * A ConditionExpression evaluated to false, carrying the item as stored when the request asked
     * for it with {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}.
     *
     * @param item the item as stored, or null when not asked for (or when there is none)
     */
    public static ConditionalCheckFailedException conditionalCheckFailed(Map<String, AttributeValue> item) {
        String message = "The conditional request failed";
        return ConditionalCheckFailedException.builder()
                .item(item)
                .message(message)
                .statusCode(400)
                .requestId(requestId())
                .awsErrorDetails(details("ConditionalCheckFailedException", message))
                .build();
    }

    /**
     * The table named in a table-level request (DescribeTable, DeleteTable, UpdateTable, the TTL
     * actions) does not exist: DynamoDB names it.
     */
    public static ResourceNotFoundException tableNotFound(String table) {
        return resourceNotFound("Requested resource not found: Table: " + table + " not found");
    }

    /** The table named in an item-level request does not exist: DynamoDB does not name it. */
    public static ResourceNotFoundException requestedResourceNotFound() {
        return resourceNotFound("Requested resource not found");
    }

    /** The index named in a Query or Scan does not exist on the table. */
    public static DynamoDbException indexNotFound(String table, String index) {
        return validation("The table does not have the specified index: " + index);
    }

    /** A request names a parameter of DynamoDB's legacy API, which the engine does not implement. */
    public static UnsupportedOperationException legacyParameter(String operation, String parameter) {
        return new UnsupportedOperationException(operation + " parameter " + parameter
                + " (a legacy parameter) is not supported by the in-memory DynamoDB engine; use expressions instead");
    }

    /** An operation of the SDK's client interface that the engine does not implement. */
    public static UnsupportedOperationException unsupportedOperation(String operation) {
        return new UnsupportedOperationException(operation + " is not supported by the in-memory DynamoDB engine");
    }

    /**
     * A transaction was cancelled: one reason per action, in order ({@code None} for the actions
     * that would have succeeded).
     */
    public static TransactionCanceledException transactionCanceled(List<CancellationReason> reasons) {
        String message = "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
        return TransactionCanceledException.builder()
                .cancellationReasons(reasons)
                .message(message)
                .statusCode(400)
                .requestId(requestId())
                .awsErrorDetails(details("TransactionCanceledException", message))
                .build();
    }

    /** A transaction's ClientRequestToken was used within 10 minutes for a different request. */
    public static IdempotentParameterMismatchException idempotentParameterMismatch() {
        return (IdempotentParameterMismatchException) fill(IdempotentParameterMismatchException.builder(),
                "IdempotentParameterMismatchException", 400,
                "Request parameters do not match the original request with the same client request token");
    }

    /** A transaction with the same ClientRequestToken is being applied right now. */
    public static TransactionInProgressException transactionInProgress() {
        return (TransactionInProgressException) fill(TransactionInProgressException.builder(),
                "TransactionInProgressException", 400,
                "The transaction with the given request token is already in progress.");
    }

    /**
     * Throttling injected by {@code engine.faults()}: the SDK's retry policy recognises the error
     * code as throttling and retries it.
     */
    public static ProvisionedThroughputExceededException throttling(String operation) {
        return (ProvisionedThroughputExceededException) fill(ProvisionedThroughputExceededException.builder(),
                "ProvisionedThroughputExceededException", 400,
                "The level of configured provisioned throughput for the table was exceeded. Consider increasing"
                        + " your provisioning level with the UpdateTable API. (injected fault on " + operation + ")");
    }

    /** A limit on the number of tables or indexes was exceeded. */
    public static LimitExceededException limitExceeded(String message) {
        return (LimitExceededException) fill(LimitExceededException.builder(), "LimitExceededException", 400, message);
    }

    /**
     * Fills any DynamoDB exception builder with DynamoDB's error shape; for the exception classes not
     * covered by a method here (transactions, throttling) the caller passes the builder and code.
     */
    public static AwsServiceException fill(AwsServiceException.Builder builder, String code, int status, String message) {
        return builder
                .message(message)
                .statusCode(status)
                .requestId(requestId())
                .awsErrorDetails(details(code, message))
                .build();
    }

    // a request id like DynamoDB's, without SecureRandom's cost on the error path (conditional retries)
    private static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName(SERVICE).build();
    }
}
