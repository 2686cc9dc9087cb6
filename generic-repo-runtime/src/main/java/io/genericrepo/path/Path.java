package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.UpdateAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed path to an attribute of the record {@code T}, as found on the generated metamodel
 * {@code X_}: {@code Order_.quantity}, {@code Order_.shipTo.city}. Each subclass offers exactly
 * the operators its DynamoDB type allows; the type parameter keeps conditions built on one
 * record's paths away from another record's repository.
 *
 * <pre>{@code
 * Condition<Order> shipped = Order_.shipTo.exists();
 * UpdateAction<Order> clear = Order_.tags.remove();
 * }</pre>
 *
 * @param <T> the {@code @Table} record the path starts from
 */
public abstract class Path<T> {

    private final AttributePath attributePath;

    /**
     * @param attributePath where the attribute is in the item
     */
    protected Path(AttributePath attributePath) {
        this.attributePath = Objects.requireNonNull(attributePath, "attributePath");
    }

    /** @return where the attribute is in the item */
    public AttributePath attributePath() {
        return attributePath;
    }

    /** @return {@code attribute_exists(path)} */
    public Condition<T> exists() {
        return new Condition.Exists<>(attributePath);
    }

    /** @return {@code attribute_not_exists(path)} */
    public Condition<T> notExists() {
        return new Condition.NotExists<>(attributePath);
    }

    /**
     * @param type the DynamoDB type, such as {@code AttributeValue.Type.S} ({@code NUL} is NULL)
     * @return {@code attribute_type(path, type)}
     */
    public Condition<T> attributeType(AttributeValue.Type type) {
        Objects.requireNonNull(type, "type");
        if (type == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("attributeType(...) on " + this + " needs a known type");
        }
        return new Condition.HasType<>(attributePath, type == AttributeValue.Type.NUL ? "NULL" : type.name());
    }

    /** @return {@code REMOVE path}: deletes the attribute from the item */
    public UpdateAction<T> remove() {
        return new UpdateAction.Remove<>(attributePath);
    }

    /** @return {@code path} as an operand of a comparison */
    Condition.Operand operand() {
        return new Condition.Operand.Attribute(attributePath);
    }

    /**
     * Converts a value for an expression, refusing null and values that store as nothing.
     *
     * @param converter the converter
     * @param value the value
     * @param operator the operator, for the message
     * @param <V> the value type
     * @return the attribute value
     */
    <V> AttributeValue value(AttributeConverter<V> converter, V value, String operator) {
        if (value == null) {
            throw new IllegalArgumentException(operator + "(null) on " + this
                    + ": DynamoDB compares with values, not null; use exists() or notExists(), or remove()");
        }
        AttributeValue converted;
        try {
            converted = converter.write(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(operator + "(...) on " + this + ": the value " + e.getMessage(), e);
        }
        if (converted == null) {
            throw new IllegalArgumentException(operator + "(...) on " + this + ": " + value
                    + " stores as no attribute (an empty set); use remove() or notExists()");
        }
        return converted;
    }

    /**
     * For the generated metamodel: the top-level paths keyed by attribute name, in component order.
     *
     * @param paths the paths
     * @param <T> the record
     * @return an unmodifiable map
     */
    @SafeVarargs
    public static <T> Map<String, Path<T>> byName(Path<T>... paths) {
        Map<String, Path<T>> map = new LinkedHashMap<>();
        for (Path<T> p : paths) {
            map.put(p.attributePath().topName(), p);
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the path, such as {@code shipTo.city} */
    @Override
    public String toString() {
        return attributePath.toString();
    }
}
