package io.genericrepo.internal.table;

import io.genericrepo.Condition;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.entity.EntityType;
import io.genericrepo.internal.entity.HierarchySchema;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table's rules on its items, in one place: TTL filled on save and update when the record's is
 * null and an expiration is set, expired items hidden from loads, queries and scans; versions
 * incremented by every write and checked by a condition. Whole items are also checked against
 * DynamoDB's limits here ({@link ItemLimits}), as they are prepared. Internal.
 *
 * @param <T> the record
 */
public final class ItemRules<T> {

    private final TableSchema<T, ?> schema;
    private final TableMetadata metadata;
    private final RepositorySettings settings;
    private final ItemLimits limits;

    ItemRules(TableSchema<T, ?> schema, RepositorySettings settings, ItemLimits limits) {
        this.schema = schema;
        this.metadata = schema.metadata();
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * The item as it will be stored: its attributes, TTL filled if null and an expiration is set,
     * version bumped if versioned; checked against DynamoDB's limits ({@link ItemLimits}). Every
     * write of a whole item (save, batches, transactions) goes through here.
     *
     * @param item the record
     * @return the attributes and the version the caller read (null when not versioned)
     * @throws IllegalArgumentException if the item cannot be stored
     */
    public Prepared prepare(T item) {
        Prepared prepared = convert(item);
        long bytes = limits.checkItem(prepared.attributes());
        return new Prepared(prepared.attributes(), prepared.expectedVersion(), bytes);
    }

    /**
     * The attributes {@link #prepare} gives an item that it has already checked, without checking
     * them again: for a batch that checks every item before sending, then converts each request's
     * items again just before sending it.
     *
     * @param item a record that {@link #prepare} accepted
     * @return its attributes, as {@link #prepare} returns them
     */
    public Map<String, AttributeValue> prepareChecked(T item) {
        return convert(item).attributes();
    }

    private Prepared convert(T item) {
        Objects.requireNonNull(item, () -> "the " + metadata.recordName() + " to save must not be null");
        Map<String, AttributeValue> attributes = schema.toItem(item);
        TableMetadata own = schema.metadataOf(item); // a hierarchy's entity has its own TTL and version
        String ttl = own.ttlAttribute();
        if (ttl != null && settings.dataExpiration() != null && !attributes.containsKey(ttl)) {
            attributes.put(ttl, expiryFromNow());
        }
        Long expected = null;
        String version = own.versionAttribute();
        if (version != null) {
            AttributeValue stored = attributes.get(version);
            expected = stored == null ? 0L : Long.parseLong(stored.n());
            attributes.put(version, AttributeValue.fromN(Long.toString(expected + 1)));
        }
        return new Prepared(attributes, expected, -1);
    }

    /**
     * @param attributes the item's attributes
     * @param expectedVersion the version the caller read, or null when not versioned
     * @param bytes the item's size, by {@link io.genericrepo.internal.mapping.ItemSize}, as checked
     */
    public record Prepared(Map<String, AttributeValue> attributes, Long expectedVersion, long bytes) {}

    /**
     * The caller's update, plus TTL filled where absent and the version incremented, as the record's
     * own metadata says: in a single-table hierarchy, the rules of the entity updated.
     */
    Update<T> withRules(Update<T> update, TableMetadata own) {
        List<UpdateAction<T>> actions = new ArrayList<>(update.actions());
        String ttl = own.ttlAttribute();
        if (ttl != null && settings.dataExpiration() != null && !touches(update, ttl)) {
            actions.add(new UpdateAction.SetIfAbsent<>(AttributePath.of(ttl), expiryFromNow()));
        }
        String version = own.versionAttribute();
        if (version != null && !touches(update, version)) {
            actions.add(new UpdateAction.Increment<>(AttributePath.of(version), AttributeValue.fromN("1")));
        }
        return actions.size() == update.actions().size() ? update : Update.of(actions);
    }

    /**
     * Refuses an update by key alone of a single-table hierarchy whose entities differ in a rule an
     * update applies: the key does not say which entity it holds, so the hierarchy can neither
     * increment a {@code @Version} that only some entities have, nor fill in a {@code @Ttl} only
     * some have, without giving it to items of the others (an order would gain a version, or
     * expire). The entity's typed view knows its rules.
     *
     * @param key the key attributes
     * @throws IllegalArgumentException naming the entities with the rule and what to use instead
     */
    void checkUpdateByKey(Map<String, AttributeValue> key) {
        if (!(schema instanceof HierarchySchema<?> hierarchy)) {
            return;
        }
        List<EntityType<?>> versioned = new ArrayList<>();
        List<EntityType<?>> expiring = new ArrayList<>();
        int entities = hierarchy.entities().size();
        for (EntityType<?> entity : hierarchy.entities()) {
            TableMetadata own = entity.schema().metadata();
            if (own.versionAttribute() != null) {
                versioned.add(entity);
            }
            if (own.ttlAttribute() != null && settings.dataExpiration() != null) {
                expiring.add(entity);
            }
        }
        String rule = null;
        List<EntityType<?>> with = null;
        if (!versioned.isEmpty() && versioned.size() < entities) {
            rule = "a @Version (" + metadata.versionAttribute() + ") that every update increments";
            with = versioned;
        } else if (!expiring.isEmpty() && expiring.size() < entities) {
            rule = "a @Ttl (" + metadata.ttlAttribute() + ") that an update fills in where absent";
            with = expiring;
        }
        if (rule != null) {
            throw new IllegalArgumentException("An update of " + metadata.recordName() + " by key ("
                    + Keys.describe(metadata, key) + ") cannot tell which entity the key holds, and "
                    + names(with) + (with.size() == 1 ? " has " : " have ") + rule + ", which the other entities do"
                    + " not have: update through the entity's typed view (" + with.get(0).type().getSimpleName()
                    + "Repository, for example)" + (with == versioned ? ", or with updateIfUnchanged(item, update)" : ""));
        }
    }

    private static String names(List<EntityType<?>> entities) {
        return String.join(", ", entities.stream().map(e -> e.type().getSimpleName()).toList());
    }

    private static boolean touches(Update<?> update, String attribute) {
        return update.actions().stream().anyMatch(a -> a.path().topName().equals(attribute));
    }

    /**
     * @param item a record
     * @return the version it holds (0 when null, as for an item never saved), or null when the
     *     record has no {@code @Version}
     */
    public Long versionOf(T item) {
        String version = schema.metadataOf(item).versionAttribute();
        if (version == null) {
            return null;
        }
        AttributeValue stored = schema.toItem(item).get(version);
        return stored == null ? 0L : Long.parseLong(stored.n());
    }

    /**
     * {@code version = expected}; for version 0 (never saved by a versioned writer) that the stored
     * item, if any, has no version either.
     */
    Condition<T> versionCondition(Long expected) {
        if (expected == null) {
            return null;
        }
        if (expected == 0) {
            return new Condition.NotExists<>(AttributePath.of(metadata.versionAttribute()));
        }
        return new Condition.Compare<>(new Condition.Operand.Attribute(AttributePath.of(metadata.versionAttribute())),
                Condition.Comparator.EQ, new Condition.Operand.Value(AttributeValue.fromN(Long.toString(expected))));
    }

    /**
     * @param item a stored item
     * @return false if it has expired and expired items are hidden
     */
    public boolean visible(Map<String, AttributeValue> item) {
        String ttl = metadata.ttlAttribute();
        if (!settings.hideExpired() || ttl == null) {
            return true;
        }
        AttributeValue expiry = item.get(ttl);
        if (expiry == null || expiry.n() == null) {
            return true;
        }
        try {
            return Long.parseLong(expiry.n()) > settings.clock().instant().getEpochSecond();
        } catch (NumberFormatException e) {
            return true; // not epoch seconds: DynamoDB's TTL ignores it too
        }
    }

    /**
     * @return for an entity of a single-table design, the filter on its type tag, so that its
     *     reads (and partition deletes) touch no other entity's items; else null
     */
    public Condition<Object> entityOnly() {
        if (metadata.entityTag() == null) {
            return null;
        }
        return new Condition.Compare<>(new Condition.Operand.Attribute(AttributePath.of(metadata.typeAttribute())),
                Condition.Comparator.EQ, new Condition.Operand.Value(AttributeValue.fromS(metadata.entityTag())));
    }

    /**
     * @param <R> the record the condition is for (conditions are phantom-typed)
     * @return in a single table, that the stored item has this entity's tag (one of the hierarchy's
     *     tags, for the hierarchy): false for a missing item too; else null
     */
    @SuppressWarnings("unchecked")
    <R> Condition<R> ownTags() {
        if (metadata.typeAttribute() == null) {
            return null;
        }
        if (metadata.entityTag() != null) {
            return (Condition<R>) (Condition<?>) entityOnly();
        }
        List<Condition.Operand> tags = ((HierarchySchema<?>) schema).tags().stream()
                .map(tag -> (Condition.Operand) new Condition.Operand.Value(AttributeValue.fromS(tag))).toList();
        return new Condition.In<>(new Condition.Operand.Attribute(AttributePath.of(metadata.typeAttribute())), tags);
    }

    /** @return the filter that hides expired items from queries and scans, or null */
    public Condition<Object> notExpired() {
        String ttl = metadata.ttlAttribute();
        if (!settings.hideExpired() || ttl == null) {
            return null;
        }
        AttributePath path = AttributePath.of(ttl);
        AttributeValue now = AttributeValue.fromN(Long.toString(settings.clock().instant().getEpochSecond()));
        return Condition.anyOf(new Condition.NotExists<>(path),
                new Condition.Compare<>(new Condition.Operand.Attribute(path), Condition.Comparator.GT,
                        new Condition.Operand.Value(now)));
    }

    private AttributeValue expiryFromNow() {
        long seconds = settings.clock().instant().plus(settings.dataExpiration()).getEpochSecond();
        return AttributeValue.fromN(Long.toString(seconds));
    }

    /**
     * Reads a stored version for a failure's explanation, never failing on it: a missing attribute is
     * version 0, one that is not a whole number (written by another writer) is {@code null}.
     *
     * @param version the stored version attribute, or null
     * @return the version, or null when the stored value is not one
     */
    public static Long storedVersion(AttributeValue version) {
        if (version == null) {
            return 0L;
        }
        try {
            return version.n() == null ? null : Long.valueOf(version.n());
        } catch (NumberFormatException notAVersion) {
            return null;
        }
    }
}
