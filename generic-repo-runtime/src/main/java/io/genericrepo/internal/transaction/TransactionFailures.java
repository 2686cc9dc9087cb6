package io.genericrepo.internal.transaction;

import io.genericrepo.Condition;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.TransactionFailedException.Failure;
import io.genericrepo.TransactionFailedException.Reason;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.internal.expression.Conditions;
import io.genericrepo.internal.table.ItemRules;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns DynamoDB's {@link TransactionCanceledException}, whose reasons follow the request's
 * actions by position, into a {@link TransactionFailedException} that names each failed action in
 * the caller's terms: index, table, key, reason, the condition's rejection message and the item as
 * stored, read into its record. A failed version condition is told apart from the caller's own
 * condition by the stored item's version, as for single writes. Any other exception is returned
 * as it is. Internal.
 */
final class TransactionFailures {

    /**
     * What a failure needs to know of the action at one position of the request.
     *
     * @param index the action's index, as the caller added it
     * @param operation {@code save}, {@code update}, {@code delete}, {@code check} or {@code get}
     * @param table the action's table
     * @param describedKey the key for messages
     * @param condition the caller's condition, or null
     * @param expectedVersion the version the action expects, or null
     * @param missing the message when the item must exist and does not, or null
     */
    record ActionRef(int index, String operation, TableOperations<?, ?> table, String describedKey,
            Condition<?> condition, Long expectedVersion, String missing) {}

    private TransactionFailures() {}

    /**
     * @param kind {@code transaction} or {@code read transaction}
     * @param refs the request's actions, by position
     * @param actionCount how many actions the caller added
     * @param token the client request token, or null
     * @param attempts how many times it was sent
     * @param e the SDK's exception
     * @return the exception to throw
     */
    static RuntimeException explain(String kind, List<ActionRef> refs, int actionCount, String token, int attempts,
            RuntimeException e) {
        if (!(e instanceof TransactionCanceledException cancelled)) {
            return e;
        }
        List<Failure> failures = new ArrayList<>();
        List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
        List<RuntimeException> unreadable = new ArrayList<>();
        for (int i = 0; i < reasons.size() && i < refs.size(); i++) {
            CancellationReason reason = reasons.get(i);
            if (reason.code() == null || "None".equals(reason.code())) {
                continue;
            }
            failures.add(failure(refs.get(i), reason, unreadable));
        }
        failures.sort((a, b) -> Integer.compare(a.index(), b.index()));
        TransactionFailedException failed = new TransactionFailedException(kind, actionCount, failures, token, attempts, e);
        unreadable.forEach(failed::addSuppressed);
        return failed;
    }

    private static Failure failure(ActionRef ref, CancellationReason reason, List<RuntimeException> unreadable) {
        Map<String, AttributeValue> stored = reason.hasItem() && !reason.item().isEmpty() ? reason.item() : null;
        Object current = null;
        if (stored != null) {
            try {
                current = ref.table().read(stored);
            } catch (RuntimeException e) { // the failure still says what failed; the mismatch is attached
                unreadable.add(e);
            }
        }
        String table = ref.table().tableName();
        String code = reason.code();
        Reason kind = switch (code) {
            case "ConditionalCheckFailed" -> Reason.CONDITION_FAILED;
            case "TransactionConflict" -> Reason.CONFLICT;
            case "ValidationError" -> Reason.VALIDATION_ERROR;
            case "ProvisionedThroughputExceeded", "ThrottlingError" -> Reason.THROTTLED;
            case "ItemCollectionSizeLimitExceeded" -> Reason.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED;
            default -> Reason.OTHER;
        };
        String message = reason.message();
        Long expected = ref.expectedVersion();
        Long actual = null;
        if (kind == Reason.CONDITION_FAILED) {
            if (expected != null) {
                String versionName = ref.table().schema().metadata().versionAttribute();
                actual = stored == null ? null : ItemRules.storedVersion(stored.get(versionName));
                boolean versionHeld = stored == null ? expected == 0 : actual != null && actual.longValue() == expected.longValue();
                if (!versionHeld) {
                    kind = Reason.STALE_VERSION;
                    message = new OptimisticLockException(ref.operation(), table, ref.describedKey(), expected, actual,
                            null).rejectionMessage();
                }
            }
            if (kind == Reason.CONDITION_FAILED) {
                String own = Conditions.messageOf(ref.condition());
                message = ref.missing() != null && stored == null ? ref.missing()
                        : own != null ? own : message != null ? message : "the condition was not met";
            }
        }
        return new Failure(ref.index(), ref.operation(), table, ref.describedKey(), kind, code, message, current,
                expected, actual);
    }
}
