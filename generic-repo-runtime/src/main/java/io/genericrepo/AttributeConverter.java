package io.genericrepo;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB attribute value. The built-in ones cover the
 * types in the README's table; write your own for other types and name it with
 * {@code @Converter(YourConverter.class)} on the component. It must be public, stateless and
 * have a public no-argument constructor.
 *
 * <pre>{@code
 * public final class MoneyConverter implements AttributeConverter<Money> {
 *     public AttributeValue write(Money m) { return AttributeValue.fromS(m.currency() + " " + m.amount()); }
 *     public Money read(AttributeValue v) { return Money.parse(v.s()); }
 * }
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface AttributeConverter<T> {

    /**
     * Converts a value for storage.
     *
     * @param value the value, never null
     * @return the attribute value, or {@code null} to store no attribute (as for an empty set)
     * @throws IllegalArgumentException if the value cannot be stored; the message is reported with
     *     the attribute's path
     */
    AttributeValue write(T value);

    /**
     * Converts a stored value back.
     *
     * @param value the stored value, never null nor DynamoDB's NULL
     * @return the Java value
     * @throws RuntimeException if the stored value does not fit; it is reported as a
     *     {@link SchemaMismatchException} naming the table, key and attribute
     */
    T read(AttributeValue value);
}
