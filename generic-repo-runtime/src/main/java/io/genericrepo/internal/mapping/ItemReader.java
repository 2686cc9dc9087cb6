package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the attributes of one item (or one nested record) in generated {@code fromItem} code. A
 * missing attribute or DynamoDB NULL reads as null; a value that does not fit its component fails
 * with a {@link io.genericrepo.SchemaMismatchException} naming the table, the item's key and the attribute's
 * path, never with a {@link ClassCastException}. Internal.
 */
public final class ItemReader {

    private final Map<String, AttributeValue> item;
    private final TableMetadata table;
    private final TableSchema<?, ?> schema;

    private ItemReader(Map<String, AttributeValue> item, TableMetadata table, TableSchema<?, ?> schema) {
        this.item = item;
        this.table = table;
        this.schema = schema;
    }

    /**
     * @param table the table's metadata, for messages
     * @param item a whole item
     * @return a reader
     */
    public static ItemReader root(TableMetadata table, Map<String, AttributeValue> item) {
        return new ItemReader(item, table, null);
    }

    /**
     * A reader that asks the schema for its metadata only to report a failure, so that reading
     * items does not build the metadata.
     *
     * @param schema the table's schema, for messages
     * @param item a whole item
     * @return a reader
     */
    public static ItemReader root(TableSchema<?, ?> schema, Map<String, AttributeValue> item) {
        return new ItemReader(item, null, schema);
    }

    /**
     * @param item a nested record's attributes
     * @return a reader
     */
    public static ItemReader nested(Map<String, AttributeValue> item) {
        return new ItemReader(item, null, null);
    }

    /**
     * @param name attribute name
     * @param converter its converter
     * @param <V> the component type
     * @return the value, or null when the attribute is missing or NULL
     */
    public <V> V get(String name, AttributeConverter<V> converter) {
        AttributeValue value = item.get(name);
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        try {
            return converter.read(value);
        } catch (RuntimeException e) {
            throw MappingFailures.read(e, converter, name, table, schema, item); // built apart: see MappingFailures
        }
    }

    /**
     * For primitive components: a missing attribute reads as the type's default.
     *
     * @param name attribute name
     * @param converter its converter
     * @param defaultValue the primitive's default
     * @param <V> the boxed type
     * @return the value, or the default
     */
    public <V> V getOrDefault(String name, AttributeConverter<V> converter, V defaultValue) {
        V value = get(name, converter);
        return value == null ? defaultValue : value;
    }

    /**
     * @param name attribute name
     * @param converter the converter of the optional's content
     * @param <V> the content type
     * @return the value, or empty when the attribute is missing or NULL
     */
    public <V> Optional<V> getOptional(String name, AttributeConverter<V> converter) {
        return Optional.ofNullable(get(name, converter));
    }
}
