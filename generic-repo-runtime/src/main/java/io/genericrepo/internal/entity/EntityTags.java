package io.genericrepo.internal.entity;

import io.genericrepo.TableMetadata;
import io.genericrepo.UnknownEntityTypeException;
import io.genericrepo.internal.mapping.Keys;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The type tag of a stored item, and the check every generated entity schema makes before it
 * maps an item: an item of another entity (or of none known) is reported, never mis-mapped.
 * Internal.
 */
public final class EntityTags {

    private EntityTags() {}

    /**
     * @param typeAttribute the attribute holding the tag
     * @param item a stored item
     * @return its tag, or null when it has none (or not a string)
     */
    public static String tagOf(String typeAttribute, Map<String, AttributeValue> item) {
        AttributeValue tag = item.get(typeAttribute);
        return tag == null ? null : tag.s();
    }

    /**
     * @param entity the entity's metadata, with its tag
     * @param item a stored item
     * @throws UnknownEntityTypeException if the item's tag is not the entity's
     */
    public static void check(TableMetadata entity, Map<String, AttributeValue> item) {
        String tag = tagOf(entity.typeAttribute(), item);
        if (!entity.entityTag().equals(tag)) {
            throw new UnknownEntityTypeException(entity.tableName(), Keys.describe(entity, item), tag,
                    List.of(entity.entityTag()), entity.recordName(), entity.typeAttribute());
        }
    }
}
