package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as one entity type of a single-table design: a permitted type of a sealed
 * interface annotated with {@link Table}. Its items carry a type tag (the table's
 * {@link SingleTable#typeAttribute()}), and its key attributes are built from key templates:
 * literal text with {@code {component}} placeholders naming the record's components.
 *
 * <pre>{@code
 * @Entity(tag = "order", partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{placedAt}#{orderId}")
 * public record Order(String customerId, String orderId, Instant placedAt, BigDecimal total)
 *         implements ShopItem {}
 * }</pre>
 *
 * <p>The entity's key is made of the components its partition and sort key templates name, in
 * order of appearance ({@code OrderKey(customerId, placedAt, orderId)}); a single component is
 * its own key type. {@link Version}, {@link Ttl}, {@link Attribute} and {@link Converter} work
 * on an entity's components as on a {@code @Table} record's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

    /** The type tag stored in every item of this entity; defaults to the record's simple name. */
    String tag() default "";

    /** The template of the table's partition key, such as {@code "CUSTOMER#{customerId}"}. */
    String partitionKey();

    /** The template of the table's sort key, such as {@code "ORDER#{placedAt}#{orderId}"} or {@code "PROFILE"}. */
    String sortKey();

    /** The templates of the shared indexes this entity appears in; an entity is absent from the others. */
    IndexKeys[] indexKeys() default {};

    /**
     * Whether the key components are also stored as attributes of their own (the default), so that
     * filters and conditions on them work; if false, they are parsed back from the keys on read.
     */
    boolean storeKeyComponents() default true;
}
