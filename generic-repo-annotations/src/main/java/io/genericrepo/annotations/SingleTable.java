package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The physical layout of a single-table design, on the sealed interface that carries
 * {@link Table}: the names of the key attributes every entity writes (strings built from each
 * {@link Entity}'s templates), the attribute holding the type tag, and the global secondary
 * indexes entities share. Optional: without it, the defaults below apply.
 *
 * <pre>{@code
 * @Table(name = "shop")
 * @SingleTable(indexes = @SharedIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
 * public sealed interface ShopItem permits Customer, Order, OrderLine {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {

    /** The partition key attribute. */
    String partitionKey() default "pk";

    /** The sort key attribute. */
    String sortKey() default "sk";

    /** The attribute holding each item's type tag. */
    String typeAttribute() default "type";

    /** The global secondary indexes entities share (an overloaded index when several use one). */
    SharedIndex[] indexes() default {};
}
