package io.genericrepo;

import java.util.Optional;

/**
 * The outcome of {@code tryUpdate}: for callers who prefer a result to an exception, as the Python
 * package returned.
 *
 * <pre>{@code
 * UpdateResult<Order> r = orders.tryUpdate(key, Update.of(Order_.status.set(PAID)), Order_.status.eq(PENDING));
 * if (!r.succeeded()) log.info("not paid: {}", r.rejectionMessage());
 * }</pre>
 *
 * @param succeeded true if the update was made
 * @param item the item after the update, or null if it was rejected
 * @param rejectionMessage the rejection message (the condition's, or DynamoDB's), as
 *     {@link ConditionFailedException#rejectionMessage()} gives it; null on success
 * @param reason the reason code, {@code "ConditionalCheckFailed"} when rejected, or null on success
 * @param <T> the record
 */
public record UpdateResult<T>(boolean succeeded, T item, String rejectionMessage, String reason) {

    /**
     * @return the rejection message
     * @deprecated use {@link #rejectionMessage()}, the name {@link ConditionFailedException} uses too
     */
    @Deprecated
    public String message() {
        return rejectionMessage;
    }

    /** The reason code of a rejected condition. */
    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    /** @return the item after the update, empty if it was rejected */
    public Optional<T> updatedItem() {
        return Optional.ofNullable(item);
    }
}
