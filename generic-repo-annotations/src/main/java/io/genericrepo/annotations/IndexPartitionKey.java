package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that is the partition key of one or more global secondary indexes, named
 * by {@link #value()}. Each index has exactly one partition key; its sort key, if any, is the
 * component marked {@link IndexSortKey} with the same name. Key types are those of
 * {@link PartitionKey}. The index projects all attributes.
 *
 * <pre>{@code @IndexPartitionKey("status-index") OrderStatus status}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface IndexPartitionKey {

    /** The index names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]} each. */
    String[] value();
}
