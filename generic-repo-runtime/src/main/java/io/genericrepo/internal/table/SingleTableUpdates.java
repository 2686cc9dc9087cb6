package io.genericrepo.internal.table;

import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.entity.EntityType;
import io.genericrepo.internal.entity.HierarchySchema;
import io.genericrepo.internal.entity.IndexKeyUpdates;
import io.genericrepo.internal.mapping.Keys;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rules of a single table on updates, applied before any request exists: no update changes
 * the type tag, a shared index's key attribute or an entity's primary key component (which the
 * keys are rendered from), and an update of a component that only index templates name carries
 * the index keys it changes ({@link IndexKeyUpdates}), or is refused. A table of one record has
 * no such rules. Internal.
 *
 * @param <T> the record, or the sealed interface of a hierarchy
 */
final class SingleTableUpdates<T> {

    private final TableSchema<T, ?> schema;
    private final TableMetadata metadata;

    SingleTableUpdates(TableSchema<T, ?> schema) {
        this.schema = schema;
        this.metadata = schema.metadata();
    }

    /**
     * @param keyAttributes the item's key
     * @param current the record the caller read (updateIfUnchanged), or null for an update by key
     * @param update the caller's update
     * @return the update, with the index keys it changes
     * @throws IllegalArgumentException if it changes what the keys are built from in a way the
     *     keys cannot follow
     */
    Update<T> checked(Map<String, AttributeValue> keyAttributes, T current, Update<T> update) {
        if (metadata.typeAttribute() == null) {
            return update;
        }
        List<TableSchema<?, ?>> entities = entitiesUpdated(current);
        for (UpdateAction<T> action : update.actions()) {
            checkAttribute(action.path().topName(), entities);
        }
        return withIndexKeys(keyAttributes, update, entities);
    }

    /**
     * @return the schemas of the entities the update may be of: this entity's (a typed view), the
     *     read record's (the hierarchy's updateIfUnchanged), or every entity's (the hierarchy's
     *     update by key)
     */
    private List<TableSchema<?, ?>> entitiesUpdated(T current) {
        if (!(schema instanceof HierarchySchema<?> hierarchy)) {
            return List.of(schema);
        }
        if (current != null) {
            return List.of(hierarchy.entity(current.getClass()).schema());
        }
        return hierarchy.entities().stream().<TableSchema<?, ?>>map(EntityType::schema).toList();
    }

    /**
     * In a single table, the type tag, the shared indexes' keys and an entity's primary key
     * components are written from the templates on save; an update changing one would leave the
     * keys saying otherwise (and a second item on the next save). Components only an index template
     * names are {@link #withIndexKeys}' concern.
     */
    private void checkAttribute(String top, List<TableSchema<?, ?>> entities) {
        String what = null;
        if (top.equals(metadata.typeAttribute())) {
            what = "type attribute " + top + ", which says which entity the item is";
        } else if (metadata.indexes().stream().anyMatch(i -> top.equals(i.partitionKey().name())
                || (i.sortKey() != null && top.equals(i.sortKey().name())))) {
            what = "index key attribute " + top + ", which is built from the entity's index templates";
        } else {
            for (TableSchema<?, ?> entity : entities) {
                if (entity.metadata().keyComponents().contains(top)) {
                    what = "key component " + top + ", which " + (entities.size() == 1 ? "its"
                            : entity.metadata().recordName() + "'s") + " key templates are built from";
                    break;
                }
            }
        }
        if (what != null) {
            throw new IllegalArgumentException("An update of " + metadata.recordName() + " cannot change " + what
                    + ": save an item with the new values and delete the old one");
        }
    }

    /**
     * The update with the shared-index keys it changes rebuilt ({@link IndexKeyUpdates}), when the
     * entity is known; an update by key of a hierarchy that changes a component of an entity's index
     * template is refused, since the key does not say whether that entity's keys are to be rebuilt.
     */
    private Update<T> withIndexKeys(Map<String, AttributeValue> keyAttributes, Update<T> update,
            List<TableSchema<?, ?>> entities) {
        if (entities.size() == 1) {
            return IndexKeyUpdates.withIndexKeys(entities.get(0), keyAttributes, update);
        }
        String changed = IndexKeyUpdates.componentChanged(entities, update);
        if (changed != null) {
            throw new IllegalArgumentException("An update of " + metadata.recordName() + " by key ("
                    + Keys.describe(metadata, keyAttributes) + ") cannot tell which entity the key holds, and "
                    + changed + ": update through the entity's typed view, or with updateIfUnchanged(item, update)");
        }
        return update;
    }
}
