package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How one {@link Entity} fills the keys of a {@link SharedIndex}: templates over its components.
 *
 * <pre>{@code @IndexKeys(index = "gsi1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface IndexKeys {

    /** The shared index's name. */
    String index();

    /** The template of the index's partition key. */
    String partitionKey();

    /** The template of the index's sort key; required when the index has one. */
    String sortKey() default "";
}
