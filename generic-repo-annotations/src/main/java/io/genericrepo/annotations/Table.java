package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as stored in one DynamoDB table. The processor generates, in the record's
 * package, {@code XSchema} (the mapping), {@code X_} (the typed metamodel), {@code XRepository}
 * and, when the table has a {@link SortKey}, {@code XKey}.
 *
 * <p>May stand on a top-level or static nested {@code record} that is not generic and is
 * accessible from its package; exactly one component must carry {@link PartitionKey}.
 *
 * <p>May also stand on a {@code sealed interface} whose permitted types are {@link Entity}
 * records: a single-table design, where several entity types share the table (see
 * {@link SingleTable}). The processor then generates {@code XSchema}, {@code X_} and
 * {@code XRepository} for the interface, and a schema, key, metamodel and typed view for each
 * entity.
 *
 * <pre>{@code
 * @Table(name = "orders", ttlDays = 30)
 * public record Order(@PartitionKey String customerId, @SortKey String orderId,
 *                     int quantity, @Ttl Instant expiresAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

    /**
     * The DynamoDB table name: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. A repository
     * builder's {@code tableName(...)} overrides it at run time (for example per stage).
     */
    String name();

    /**
     * Days after which a saved item expires, counted from the time it is saved. {@code 0} (the
     * default) means items do not expire unless their {@link Ttl} component is set. A positive
     * value needs a component annotated with {@link Ttl}; a negative value is an error.
     */
    int ttlDays() default 0;
}
