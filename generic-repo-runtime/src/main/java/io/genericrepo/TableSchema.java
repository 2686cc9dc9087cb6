package io.genericrepo;

import io.genericrepo.path.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapping between a record and DynamoDB items, generated as {@code XSchema} for each
 * {@code @Table} record: straight-line code, no reflection. Repositories use it; it is also
 * useful on its own, for example to turn a DynamoDB stream record into an {@code Order}.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = OrderSchema.INSTANCE.toItem(order);
 * Order back = OrderSchema.INSTANCE.fromItem(item);
 * }</pre>
 *
 * @param <T> the record
 * @param <K> the key: {@code XKey} for a table with a sort key, else the partition key's type
 */
public interface TableSchema<T, K> {

    /** @return the table's name, keys, indexes and special attributes */
    TableMetadata metadata();

    /**
     * The metadata that governs one record's writes: its TTL and version attributes. A table of
     * one record has one; the schema of a single-table hierarchy answers with the metadata of the
     * record's entity.
     *
     * @param item a record
     * @return the metadata of its type
     */
    default TableMetadata metadataOf(T item) {
        return metadata();
    }

    /**
     * Converts a record to an item. Null components and empty sets are left out.
     *
     * @param item the record
     * @return the item, attributes in component order
     * @throws IllegalArgumentException if a key component is null or empty, or a value cannot be
     *     stored (such as {@code NaN}); the message names the component
     */
    Map<String, AttributeValue> toItem(T item);

    /**
     * Converts an item to a record. Missing attributes become null (primitives their default).
     *
     * @param item the item
     * @return the record
     * @throws SchemaMismatchException if an attribute does not fit its component
     */
    T fromItem(Map<String, AttributeValue> item);

    /**
     * Converts a key to the key attributes of a request.
     *
     * @param key the key
     * @return the key attributes
     * @throws IllegalArgumentException if a key component is null or empty
     */
    Map<String, AttributeValue> toKey(K key);

    /**
     * @param item a record
     * @return its key
     */
    K keyOf(T item);

    /**
     * Reads the key from key attributes alone, such as a keys-only query returns, without building
     * the record (whose constructor may require other attributes). Generated schemas read just the
     * key attributes; this default builds the record.
     *
     * @param keyAttributes the key attributes (other attributes are ignored)
     * @return the key
     * @throws SchemaMismatchException if a key attribute does not fit its component
     */
    default K keyFromItem(Map<String, AttributeValue> keyAttributes) {
        return keyOf(fromItem(keyAttributes));
    }

    /**
     * The metamodel's paths of the top-level attributes, by stored attribute name, for building
     * conditions from names known only at run time ({@link Filters#fromMap}).
     *
     * @return the paths, in component order
     */
    Map<String, Path<T>> paths();
}
