package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that is the table's sort (range) key. At most one component of a
 * {@link Table} record carries it; with it, the processor also generates a key record
 * {@code XKey} of the partition and sort key. The same types as {@link PartitionKey} are allowed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface SortKey {}
