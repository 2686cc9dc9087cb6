package io.genericrepo.internal.entity;

import io.genericrepo.TableSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One entity of a single-table hierarchy: its record class, its type tag and its generated
 * schema. Internal.
 *
 * @param type the record class
 * @param tag the type tag its items carry
 * @param schema its schema, keyed by the entity's own key
 * @param <E> the record
 */
public record EntityType<E>(Class<E> type, String tag, TableSchema<E, ?> schema) {

    /**
     * @param type the record class
     * @param tag the type tag
     * @param schema the entity's schema
     * @param <E> the record
     * @param <K> its key
     * @return the entity type
     */
    public static <E, K> EntityType<E> of(Class<E> type, String tag, TableSchema<E, K> schema) {
        return new EntityType<>(type, tag, schema);
    }

    /**
     * @param item a record of this entity
     * @return its key attributes, as the templates render them
     */
    Map<String, AttributeValue> keyAttributes(Object item) {
        return keyAttributes(schema, type.cast(item));
    }

    private static <E, K> Map<String, AttributeValue> keyAttributes(TableSchema<E, K> schema, E item) {
        return schema.toKey(schema.keyOf(item));
    }
}
