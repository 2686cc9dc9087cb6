package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that is the sort key of one or more secondary indexes, named by
 * {@link #value()}.
 *
 * <ul>
 *   <li>If a component carries {@link IndexPartitionKey} with the same name, the index is a
 *       global secondary index with that partition key and this sort key.
 *   <li>Otherwise the index is a local secondary index: it shares the table's partition key and
 *       sorts by this component. Local indexes need a table with a {@link SortKey}.
 * </ul>
 *
 * <p>Key types are those of {@link PartitionKey}. The index projects all attributes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface IndexSortKey {

    /** The index names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]} each. */
    String[] value();
}
