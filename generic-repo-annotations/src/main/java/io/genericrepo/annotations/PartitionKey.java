package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that is the table's partition (hash) key. Exactly one component of
 * a {@link Table} record carries it. Its type must be stored as a DynamoDB string, number or
 * binary: {@code String}, a number type, {@code byte[]}, {@code UUID}, {@code Instant},
 * {@code LocalDate} or an enum. A key is never null nor, for strings, empty.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface PartitionKey {}
