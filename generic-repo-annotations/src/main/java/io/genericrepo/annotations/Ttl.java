package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that holds the item's expiry time, stored as epoch seconds (a DynamoDB
 * number) so that DynamoDB's time-to-live can delete the item. Its type must be
 * {@code Instant}, {@code long} or {@code Long} (epoch seconds). At most one component carries
 * it, and never a key. When it is null on save and {@link Table#ttlDays()} is positive, it is
 * filled with the save time plus that many days.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ttl {}
