package io.genericrepo.internal.table;

import io.genericrepo.Condition;
import io.genericrepo.ConditionFailedException;
import io.genericrepo.Update;
import io.genericrepo.internal.expression.Conditions;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * What a rejected single-item write becomes: a {@link ConditionFailedException} carrying the
 * caller's message (or DynamoDB's), a {@link VersionConflict} for {@link TableActions} to tell a
 * stale version from the caller's own condition, and an update's invalid document path explained
 * by {@link UpdatePaths}. Other failures pass unchanged. Internal.
 */
final class WriteFailures {

    private final String tableName;

    WriteFailures(String tableName) {
        this.tableName = tableName;
    }

    /** Turns DynamoDB's rejection into a {@link ConditionFailedException} with the caller's message. */
    <T> Function<RuntimeException, RuntimeException> rejected(WriteParts<T> p) {
        return e -> {
            if (!(e instanceof ConditionalCheckFailedException failed)) {
                return e;
            }
            if (p.expectedVersion() != null) {
                return new VersionConflict(p.operation(), p.describedKey(), p.expectedVersion(), p.condition(),
                        failed.hasItem() && !failed.item().isEmpty() ? failed.item() : null, e);
            }
            return conditionFailed(p.operation(), p.describedKey(), p.condition(), p.missing(), e);
        };
    }

    /** As {@link #rejected}, and an invalid document path of the update named. */
    <T> Function<RuntimeException, RuntimeException> rejectedUpdate(WriteParts<T> p, Update<T> update) {
        Function<RuntimeException, RuntimeException> rejected = rejected(p);
        return e -> UpdatePaths.explain(rejected.apply(e), update, tableName, p.describedKey());
    }

    /**
     * @param operation the operation
     * @param key the key
     * @param condition the caller's condition, or null
     * @param missing the reason when the item must exist, or null
     * @param e DynamoDB's exception
     * @return the exception to throw
     */
    ConditionFailedException conditionFailed(String operation, String key, Condition<?> condition, String missing,
            RuntimeException e) {
        String message = Conditions.messageOf(condition);
        if (message == null) {
            message = e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    && aws.awsErrorDetails().errorMessage() != null
                    ? aws.awsErrorDetails().errorMessage() : "the condition was not met";
        }
        if (missing != null) {
            message = condition == null ? missing : missing + ", or " + message;
        }
        return new ConditionFailedException(operation, tableName, key, message, e);
    }

    /**
     * A rejected write of a versioned item, before we know whether the version or the caller's own
     * condition failed: {@link TableActions} reads the stored item to tell. Internal.
     */
    static final class VersionConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String operation;
        final String key;
        final long expected;
        final transient Condition<?> condition;
        final transient Map<String, AttributeValue> stored;

        VersionConflict(String operation, String key, long expected, Condition<?> condition,
                Map<String, AttributeValue> stored, RuntimeException cause) {
            super("version conflict", cause, false, false);
            this.operation = operation;
            this.key = key;
            this.expected = expected;
            this.condition = condition;
            this.stored = stored;
        }
    }
}
