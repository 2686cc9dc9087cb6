package io.genericrepo.internal.entity;

import io.genericrepo.TableSchema;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.entity.IndexKeyTemplate.Attribute;
import io.genericrepo.internal.entity.IndexKeyTemplate.Component;
import io.genericrepo.internal.entity.IndexKeyTemplate.FromKey;
import io.genericrepo.internal.keys.KeyTemplate;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps an entity's shared-index keys right when an update changes a component their templates
 * name (one that is not in the primary key, which no update changes). Save writes those keys
 * from the templates; an update must therefore write them too, in the same request:
 *
 * <ul>
 *   <li>an index key attribute one of whose components the update sets is rebuilt, with the same
 *       encoding as save, when the update sets every component of its template to a value (the
 *       primary key's components are read from the key);
 *   <li>in a sparse index, whose partition and sort keys an item has both or neither, setting a
 *       component to null (REMOVE) removes both keys, as save leaves them out; setting one to a
 *       value writes both keys, so it needs every component of both templates;
 *   <li>anything else is refused before a request exists, naming the record, the component, the
 *       index and its template, and what to do: an increment, ADD, append, {@code if_not_exists} or
 *       nested path (the new value is known only to DynamoDB), a REMOVE in an index that is not
 *       sparse or of a primitive, or only some of a template's components.
 * </ul>
 *
 * Internal.
 */
public final class IndexKeyUpdates {

    private IndexKeyUpdates() {}

    /**
     * @param entity the schema of the entity updated
     * @param key the item's key attributes
     * @param update the caller's update
     * @param <T> the record type of the update (the entity, or the hierarchy for {@code updateIfUnchanged})
     * @return the update, plus SET or REMOVE of the index keys it changes
     * @throws IllegalArgumentException if it changes a component in a way whose index key cannot be known
     */
    public static <T> Update<T> withIndexKeys(TableSchema<?, ?> entity, Map<String, AttributeValue> key,
            Update<T> update) {
        if (!(entity instanceof TemplatedIndexes templated)) {
            return update;
        }
        String record = entity.metadata().recordName();
        Map<String, UpdateAction<T>> byAttribute = new LinkedHashMap<>();
        update.actions().forEach(a -> byAttribute.put(a.path().topName(), a));
        List<UpdateAction<T>> added = new ArrayList<>();
        for (List<IndexKeyTemplate> index : byIndex(templated.indexKeyTemplates()).values()) {
            added.addAll(indexKeys(record, index, key, byAttribute));
        }
        if (added.isEmpty()) {
            return update;
        }
        List<UpdateAction<T>> all = new ArrayList<>(update.actions());
        all.addAll(added);
        return Update.of(all);
    }

    /**
     * @param entities the schemas of a hierarchy's entities
     * @param update an update by key of the hierarchy, which cannot tell which entity the key holds
     * @return a description of the first index key template (and its entity) a changed attribute
     *     is a component of, or null when the update changes none
     */
    public static String componentChanged(List<? extends TableSchema<?, ?>> entities, Update<?> update) {
        for (UpdateAction<?> action : update.actions()) {
            for (TableSchema<?, ?> entity : entities) {
                if (entity instanceof TemplatedIndexes templated) {
                    for (IndexKeyTemplate t : templated.indexKeyTemplates()) {
                        String component = componentOf(t, action.path().topName());
                        if (component != null) {
                            return component + " is a component of " + entity.metadata().recordName() + "'s "
                                    + describe(t) + ", which an update of that entity rebuilds";
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, List<IndexKeyTemplate>> byIndex(List<IndexKeyTemplate> templates) {
        Map<String, List<IndexKeyTemplate>> out = new LinkedHashMap<>();
        templates.forEach(t -> out.computeIfAbsent(t.index(), i -> new ArrayList<>()).add(t));
        return out;
    }

    /** The SET or REMOVE actions that keep one index's keys right, or none when the update touches no component. */
    private static <T> List<UpdateAction<T>> indexKeys(String record, List<IndexKeyTemplate> index,
            Map<String, AttributeValue> key, Map<String, UpdateAction<T>> byAttribute) {
        boolean sparse = index.get(0).sparse() && index.stream().flatMap(t -> t.components().stream())
                .anyMatch(c -> c instanceof Attribute<?> a && a.nullable()); // else save always writes the keys
        Set<IndexKeyTemplate> touched = new LinkedHashSet<>();
        boolean removed = false;
        for (IndexKeyTemplate t : index) {
            for (int i = 0; i < t.components().size(); i++) {
                if (!(t.components().get(i) instanceof Attribute<?> a) || !byAttribute.containsKey(a.attribute())) {
                    continue;
                }
                touched.add(t);
                String component = t.template().placeholders().get(i);
                AttributeValue value = plainValue(record, t, component, byAttribute.get(a.attribute()));
                if (value == null) {
                    String what = byAttribute.get(a.attribute()) instanceof UpdateAction.Remove<?> ? "removes " + component
                            : "sets " + component + " to NULL";
                    checkRemovable(record, t, what, a, sparse);
                    removed = true;
                }
            }
        }
        List<UpdateAction<T>> actions = new ArrayList<>();
        if (touched.isEmpty()) {
            return actions;
        }
        if (removed) { // a sparse index: as save leaves both keys out when a component is null
            index.forEach(t -> actions.add(new UpdateAction.Remove<>(AttributePath.of(t.template().attribute()))));
            return actions;
        }
        for (IndexKeyTemplate t : sparse ? index : List.copyOf(touched)) {
            checkAllSet(record, t, index, byAttribute, touched);
            actions.add(new UpdateAction.Set<>(AttributePath.of(t.template().attribute()),
                    AttributeValue.fromS(render(t, key, byAttribute))));
        }
        return actions;
    }

    /** @return the value the action sets the component to, or null for a REMOVE (or a NULL value) */
    private static AttributeValue plainValue(String record, IndexKeyTemplate t, String component, UpdateAction<?> action) {
        String what;
        if (action.path().segments().size() != 1) {
            what = "changes " + action.path() + ", a path inside " + component;
        } else if (action instanceof UpdateAction.Set<?> set) {
            return Boolean.TRUE.equals(set.value().nul()) ? null : set.value();
        } else if (action instanceof UpdateAction.Remove<?>) {
            return null;
        } else if (action instanceof UpdateAction.Increment<?> || action instanceof UpdateAction.Add<?>) {
            what = "adds to " + component;
        } else if (action instanceof UpdateAction.SetIfAbsent<?>) {
            what = "sets " + component + " only where it is absent";
        } else if (action instanceof UpdateAction.Append<?>) {
            what = "appends to " + component;
        } else {
            what = "deletes elements from " + component;
        }
        throw refused(record, what, t, "but its new value is known only to DynamoDB, so the update cannot"
                + " rebuild the index key", t);
    }

    private static void checkRemovable(String record, IndexKeyTemplate t, String what, Attribute<?> a,
            boolean sparse) {
        if (!a.nullable()) {
            throw refused(record, what, t, "which is a primitive: the record reads it back as its"
                    + " default, and save writes that into the index key; set it to a value instead (with the"
                    + " template's other components), or save the item", null);
        }
        if (!sparse) {
            throw refused(record, what, t, "but the index is not sparse, so every " + record
                    + " needs a value for it (save refuses a null one too); set it to a value instead (with the"
                    + " template's other components), save the item, or make the index sparse"
                    + " (@IndexKeys(sparse = true))", null);
        }
    }

    private static <T> void checkAllSet(String record, IndexKeyTemplate t, List<IndexKeyTemplate> index,
            Map<String, UpdateAction<T>> byAttribute, Set<IndexKeyTemplate> touched) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < t.components().size(); i++) {
            if (t.components().get(i) instanceof Attribute<?> a && !byAttribute.containsKey(a.attribute())) {
                missing.add(t.template().placeholders().get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        IndexKeyTemplate changed = touched.contains(t) ? t : touched.iterator().next();
        String component = setComponents(changed, byAttribute).get(0);
        if (changed == t) {
            throw refused(record, "sets " + component, t, "but not " + either(missing)
                    + ", so the index key cannot be rebuilt", t);
        }
        List<String> all = new ArrayList<>(); // a sparse index whose other key the update does not build
        index.forEach(x -> all.addAll(x.template().placeholders().stream().filter(p -> !fromKey(x, p)).toList()));
        throw refused(record, "sets " + component, changed, "but not " + either(missing) + " of "
                + describe(t) + ": the index is sparse, so an item has both its keys or neither (it may have none"
                + " now), and both are written together; set all of the components of both templates ("
                + String.join(", ", all.stream().distinct().toList()) + ") to values in the same update, or save the"
                + " item", null);
    }

    private static <T> List<String> setComponents(IndexKeyTemplate t, Map<String, UpdateAction<T>> byAttribute) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.components().size(); i++) {
            if (t.components().get(i) instanceof Attribute<?> a && byAttribute.containsKey(a.attribute())) {
                out.add(t.template().placeholders().get(i));
            }
        }
        return out;
    }

    private static <T> String render(IndexKeyTemplate t, Map<String, AttributeValue> key,
            Map<String, UpdateAction<T>> byAttribute) {
        String[] texts = new String[t.components().size()];
        for (int i = 0; i < texts.length; i++) {
            Component<?> c = t.components().get(i);
            String component = t.template().placeholders().get(i);
            if (c instanceof FromKey fromKey) { // the key's text of the component is the text save rendered
                KeyTemplate primary = fromKey.template();
                texts[i] = primary.split(key.get(primary.attribute()).s())[primary.placeholders().indexOf(component)];
            } else {
                Attribute<?> a = (Attribute<?>) c;
                texts[i] = text(t, i, a, ((UpdateAction.Set<?>) byAttribute.get(a.attribute())).value());
            }
        }
        return t.template().render(texts);
    }

    private static <V> String text(IndexKeyTemplate t, int i, Attribute<V> a, AttributeValue value) {
        V read;
        try {
            read = a.converter().read(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Key attribute " + t.template().attribute() + " (template \""
                    + t.template().template() + "\"): component " + t.template().placeholders().get(i) + " is set to "
                    + value + ", which is not a value of it: " + e.getMessage(), e);
        }
        return t.template().text(i, a.part(), read);
    }

    private static String componentOf(IndexKeyTemplate t, String attribute) {
        for (int i = 0; i < t.components().size(); i++) {
            if (t.components().get(i) instanceof Attribute<?> a && a.attribute().equals(attribute)) {
                return t.template().placeholders().get(i);
            }
        }
        return null;
    }

    /** @return {@code index by-email's partition key template "EMAIL#{email}" (attribute gsi1pk)} */
    static String describe(IndexKeyTemplate t) {
        return "index " + t.index() + "'s " + t.role() + " template \"" + t.template().template() + "\" (attribute "
                + t.template().attribute() + ")";
    }

    private static IllegalArgumentException refused(String record, String what, IndexKeyTemplate t, String why,
            IndexKeyTemplate fixFor) {
        String fix = fixFor == null ? "" : "; set all of the template's components ("
                + String.join(", ", fixFor.template().placeholders().stream().filter(p -> !fromKey(fixFor, p)).toList())
                + ") to values in the same update, or save the item";
        return new IllegalArgumentException("An update of " + record + " " + what + ", a component of " + describe(t)
                + ", " + why + fix);
    }

    private static boolean fromKey(IndexKeyTemplate t, String placeholder) {
        return t.components().get(t.template().placeholders().indexOf(placeholder)) instanceof FromKey;
    }

    /** @return {@code a}, {@code a or b}, {@code a, b or c} */
    private static String either(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
