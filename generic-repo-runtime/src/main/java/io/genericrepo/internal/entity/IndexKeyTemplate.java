package io.genericrepo.internal.entity;

import io.genericrepo.AttributeConverter;
import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyTemplate;
import java.util.List;
import java.util.Objects;

/**
 * One shared-index key attribute of an entity, as updates must keep it: the index, whether it is
 * sparse, the template that builds the attribute, and where each of the template's components
 * comes from (an attribute the update may set, converted with the component's converter and
 * written with its key part; or the entity's own primary key, which an update never changes).
 * Generated entity schemas describe their index keys with it ({@link TemplatedIndexes}); {@link
 * IndexKeyUpdates} rebuilds the keys an update changes. Internal.
 *
 * @param index the shared index's name
 * @param sparse {@code @IndexKeys(sparse = true)}: an item with a null component has no keys of this index
 * @param template the template of the index key attribute ({@link KeyTemplate#attribute()})
 * @param components the template's components, in placeholder order
 */
public record IndexKeyTemplate(String index, boolean sparse, KeyTemplate template, List<Component<?>> components) {

    /**
     * Checks that there is one component per placeholder, and that a component taken from the
     * primary key is in the primary key template given for it.
     */
    public IndexKeyTemplate {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(template, "template");
        components = List.copyOf(components);
        if (components.size() != template.placeholders().size()) {
            throw new IllegalArgumentException("Index key template " + template + " has "
                    + template.placeholders().size() + " components, found " + components.size());
        }
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i) instanceof FromKey fromKey
                    && !fromKey.template().placeholders().contains(template.placeholders().get(i))) {
                throw new IllegalArgumentException("Component " + template.placeholders().get(i) + " of " + template
                        + " is not in the primary key template " + fromKey.template());
            }
        }
    }

    /**
     * @param index the shared index's name
     * @param sparse whether the index is sparse
     * @param template the template of the index key attribute
     * @param components its components, in placeholder order
     * @return the index key
     */
    public static IndexKeyTemplate of(String index, boolean sparse, KeyTemplate template, Component<?>... components) {
        return new IndexKeyTemplate(index, sparse, template, List.of(components));
    }

    /**
     * @param attribute the component's attribute
     * @param converter its converter
     * @param part its key part
     * @param <V> its type
     * @return a component of a reference type, which may be null (or removed)
     */
    public static <V> Component<V> component(String attribute, AttributeConverter<V> converter, KeyPart<V> part) {
        return new Attribute<>(attribute, converter, part, true);
    }

    /**
     * @param attribute the component's attribute
     * @param converter its converter
     * @param part its key part
     * @param <V> its (boxed) type
     * @return a component of a primitive type, which the record never holds as null
     */
    public static <V> Component<V> primitive(String attribute, AttributeConverter<V> converter, KeyPart<V> part) {
        return new Attribute<>(attribute, converter, part, false);
    }

    /**
     * @param primaryKey the entity's primary key template that also holds the component
     * @return a component taken from the item's key
     */
    public static Component<Object> fromKey(KeyTemplate primaryKey) {
        return new FromKey(Objects.requireNonNull(primaryKey, "primaryKey"));
    }

    /** @return the template's role, for messages: {@code partition key} or {@code sort key} */
    String role() {
        return template.role() == KeyTemplate.Role.PARTITION_KEY ? "partition key" : "sort key";
    }

    /**
     * Where one component of an index key template comes from.
     *
     * @param <V> the component's type
     */
    public sealed interface Component<V> permits Attribute, FromKey {}

    /**
     * A component stored as an attribute of its own, which an update may change.
     *
     * @param attribute the attribute
     * @param converter its converter
     * @param part its key part
     * @param nullable false for a primitive
     * @param <V> the component's type
     */
    record Attribute<V>(String attribute, AttributeConverter<V> converter, KeyPart<V> part, boolean nullable)
            implements Component<V> {}

    /**
     * A component of the entity's primary key, read back from the stored key attribute.
     *
     * @param template the primary key template holding it
     */
    record FromKey(KeyTemplate template) implements Component<Object> {}
}
