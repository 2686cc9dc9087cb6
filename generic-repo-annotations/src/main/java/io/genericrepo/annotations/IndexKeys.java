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

    /**
     * A sparse index: when a component of these templates is null, the item is saved without this
     * index's key attributes, so the index leaves it out ({@code @IndexKeys(index = "by-email",
     * partitionKey = "EMAIL#{email}", sparse = true)} indexes only the entities with an email).
     * By default such an item is refused, naming the component, before anything is written.
     */
    boolean sparse() default false;
}
