package io.genericrepo.internal.entity;

import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.internal.mapping.Keys;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads an item of a single table (through the hierarchy or an entity's view) only if it is what
 * its type tag says: its stored keys must fit the entity's key templates, and the key components
 * stored as attributes of their own must be the ones the keys hold. Otherwise (an item written by
 * hand, or by another application, with a known tag but another entity's key) it is a
 * {@link SchemaMismatchException} naming the entity, never a record of nulls. An unknown tag is
 * left to the schema, which reports it. Internal.
 */
public final class EntityReads {

    private EntityReads() {}

    /**
     * @param schema the schema of the hierarchy or of one entity
     * @param item a stored item
     * @param tableName the table, for messages
     * @param <T> the record read
     * @return the record
     * @throws SchemaMismatchException if the item's keys do not fit its entity, naming the entity
     */
    public static <T> T read(TableSchema<T, ?> schema, Map<String, AttributeValue> item, String tableName) {
        TableSchema<?, ?> entity = entityOf(schema, item);
        Object fromKeys = entity == null ? null : keysOf(entity, item, tableName);
        T record = schema.fromItem(item);
        if (entity != null && componentsStored(entity.metadata(), item)) {
            compare(entity, record, fromKeys, item, tableName);
        }
        return record;
    }

    /**
     * @param schema the schema of the hierarchy or of one entity
     * @param item a stored item
     * @return the record that the item's tag names, for messages: the entity's, or the schema's own
     *     when the tag is unknown
     */
    public static String recordNameOf(TableSchema<?, ?> schema, Map<String, AttributeValue> item) {
        TableSchema<?, ?> entity = entityOf(schema, item);
        return (entity == null ? schema : entity).metadata().recordName();
    }

    private static TableSchema<?, ?> entityOf(TableSchema<?, ?> schema, Map<String, AttributeValue> item) {
        TableMetadata metadata = schema.metadata();
        String tag = EntityTags.tagOf(metadata.typeAttribute(), item);
        if (schema instanceof HierarchySchema<?> hierarchy) {
            return hierarchy.schemaOfTag(tag);
        }
        return Objects.equals(metadata.entityTag(), tag) ? schema : null;
    }

    private static Object keysOf(TableSchema<?, ?> entity, Map<String, AttributeValue> item, String tableName) {
        try {
            return entity.keyFromItem(item);
        } catch (RuntimeException e) {
            throw new SchemaMismatchException(tableName, entity.metadata().recordName(),
                    Keys.describe(entity.metadata(), item), null, "its keys do not fit the entity's key templates: "
                    + e.getMessage(), e);
        }
    }

    private static boolean componentsStored(TableMetadata entity, Map<String, AttributeValue> item) {
        return !entity.keyComponents().isEmpty() && entity.keyComponents().stream().allMatch(item::containsKey);
    }

    @SuppressWarnings("unchecked")
    private static <E, K> void compare(TableSchema<E, K> entity, Object record, Object fromKeys,
            Map<String, AttributeValue> item, String tableName) {
        K fromAttributes = entity.keyOf((E) record);
        if (!fromAttributes.equals(fromKeys)) {
            throw new SchemaMismatchException(tableName, entity.metadata().recordName(),
                    Keys.describe(entity.metadata(), item), null, "its key components " + fromAttributes
                    + " are not the ones its keys hold, " + fromKeys, null);
        }
    }
}
