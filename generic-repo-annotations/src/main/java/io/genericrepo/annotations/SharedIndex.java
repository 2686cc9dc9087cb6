package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index of a single-table design ({@link SingleTable#indexes()}), whose key
 * attributes are strings that each entity fills from its own templates ({@link IndexKeys}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface SharedIndex {

    /** The index name: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
    String name();

    /** The index's partition key attribute. */
    String partitionKey();

    /** The index's sort key attribute, or empty for none. */
    String sortKey() default "";
}
