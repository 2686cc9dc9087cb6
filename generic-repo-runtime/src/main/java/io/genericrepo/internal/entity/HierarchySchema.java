package io.genericrepo.internal.entity;

import io.genericrepo.ItemKey;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.UnknownEntityTypeException;
import io.genericrepo.internal.mapping.Converters;
import io.genericrepo.internal.mapping.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schema of a single-table hierarchy (a sealed interface and its entity records), which the
 * generated {@code XSchema} of the interface extends: an item is written by its entity's schema,
 * chosen by the record's class, and read by the schema its stored type tag names. A tag no entity
 * has is an {@link UnknownEntityTypeException}. Keys are the stored strings ({@link ItemKey}).
 * Internal.
 *
 * @param <T> the sealed interface
 */
public abstract class HierarchySchema<T> implements TableSchema<T, ItemKey> {

    private final TableMetadata metadata;
    private final Map<Class<?>, EntityType<? extends T>> byClass = new HashMap<>();
    private final Map<String, EntityType<? extends T>> byTag = new LinkedHashMap<>();

    /**
     * @param metadata the table's metadata, with its type attribute
     * @param entities the entities, in the order the interface permits them
     */
    protected HierarchySchema(TableMetadata metadata, List<EntityType<? extends T>> entities) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        for (EntityType<? extends T> entity : entities) {
            byClass.put(entity.type(), entity);
            byTag.put(entity.tag(), entity);
        }
    }

    @Override
    public TableMetadata metadata() {
        return metadata;
    }

    @Override
    public TableMetadata metadataOf(T item) {
        return entityOf(item).schema().metadata();
    }

    @Override
    public Map<String, AttributeValue> toItem(T item) {
        return toItem(entityOf(item), item);
    }

    private static <E> Map<String, AttributeValue> toItem(EntityType<E> entity, Object item) {
        return entity.schema().toItem(entity.type().cast(item));
    }

    @Override
    public T fromItem(Map<String, AttributeValue> item) {
        String tag = EntityTags.tagOf(metadata.typeAttribute(), item);
        EntityType<? extends T> entity = tag == null ? null : byTag.get(tag);
        if (entity == null) {
            throw new UnknownEntityTypeException(metadata.tableName(), Keys.describe(metadata, item), tag,
                    new ArrayList<>(byTag.keySet()), metadata.recordName(), metadata.typeAttribute());
        }
        return entity.schema().fromItem(item);
    }

    @Override
    public Map<String, AttributeValue> toKey(ItemKey key) {
        return Keys.of(metadata, Converters.STRING, key.partitionKey(), Converters.STRING, key.sortKey());
    }

    @Override
    public ItemKey keyOf(T item) {
        return keyFromItem(entityOf(item).keyAttributes(item));
    }

    @Override
    public ItemKey keyFromItem(Map<String, AttributeValue> keyAttributes) {
        AttributeValue pk = keyAttributes.get(metadata.partitionKey().name());
        AttributeValue sk = keyAttributes.get(metadata.sortKey().name());
        return new ItemKey(pk == null ? null : pk.s(), sk == null ? null : sk.s());
    }

    /**
     * @param type an entity's record class
     * @param <E> the record
     * @return the entity
     * @throws IllegalArgumentException naming the hierarchy's entities if it is not one of them
     */
    @SuppressWarnings("unchecked")
    public <E> EntityType<E> entity(Class<E> type) {
        EntityType<?> entity = byClass.get(Objects.requireNonNull(type, "type"));
        if (entity == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not an entity of " + metadata.recordName()
                    + "; its entities are " + byClass.values().stream().map(e -> e.type().getSimpleName()).sorted()
                    .toList());
        }
        return (EntityType<E>) entity;
    }

    /**
     * @param tag a stored type tag, or null
     * @return the schema of the entity with that tag, or null when none has it
     */
    public TableSchema<? extends T, ?> schemaOfTag(String tag) {
        EntityType<? extends T> entity = tag == null ? null : byTag.get(tag);
        return entity == null ? null : entity.schema();
    }

    /** @return the entities, in the order the interface permits them */
    public List<EntityType<? extends T>> entities() {
        return List.copyOf(byTag.values());
    }

    /** @return the tags of the entities, in the order the interface permits them */
    public List<String> tags() {
        return List.copyOf(byTag.keySet());
    }

    private EntityType<? extends T> entityOf(T item) {
        Objects.requireNonNull(item, () -> "the " + metadata.recordName() + " to save must not be null");
        EntityType<? extends T> entity = byClass.get(item.getClass());
        if (entity == null) { // only a class compiled against another version of the sealed interface
            throw new IllegalArgumentException(item.getClass().getName() + " is not an entity of "
                    + metadata.recordName());
        }
        return entity;
    }
}
