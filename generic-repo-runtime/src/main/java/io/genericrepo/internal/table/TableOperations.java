package io.genericrepo.internal.table;

import io.genericrepo.Condition;
import io.genericrepo.ItemNotFoundException;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.UnknownEntityTypeException;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.entity.EntityReads;
import io.genericrepo.internal.entity.EntityType;
import io.genericrepo.internal.entity.HierarchySchema;
import io.genericrepo.internal.entity.IndexKeyUpdates;
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.expression.ExpressionWriter;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.path.AttributePath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * Every single-item request on one table, each written once as <em>build request → call →
 * transform response</em>: the writes from their {@link WriteParts} (shared with transactions),
 * with the table's TTL and version rules from {@link ItemRules} and rejections reported by
 * {@link WriteFailures}; loads, and the table's own requests. Arguments are checked here, before
 * any request exists, so that bad input fails with nothing sent. Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class TableOperations<T, K> {

    private final TableSchema<T, K> schema;
    private final TableMetadata metadata;
    private final RepositorySettings settings;
    private final String tableName;
    private final ItemLimits limits;
    private final ItemRules<T> rules;
    private final WriteFailures failures;

    /**
     * @param schema the generated schema
     * @param settings the builder's settings
     */
    public TableOperations(TableSchema<T, K> schema, RepositorySettings settings) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.metadata = schema.metadata();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tableName = settings.tableName();
        this.limits = new ItemLimits(metadata, tableName);
        this.rules = new ItemRules<>(schema, settings, limits);
        this.failures = new WriteFailures(tableName);
    }

    /** @return the table name requests use */
    public String tableName() {
        return tableName;
    }

    /** @return the schema */
    public TableSchema<T, K> schema() {
        return schema;
    }

    /** @return the settings */
    public RepositorySettings settings() {
        return settings;
    }

    /** @return the table's TTL and version rules */
    public ItemRules<T> rules() {
        return rules;
    }

    /** @return how rejected writes are reported */
    WriteFailures failures() {
        return failures;
    }

    /**
     * @param key the key
     * @param consistent strongly consistent read
     * @return GetItem, resulting in the item if there is one (and it has not expired)
     */
    public Operation<GetItemRequest, GetItemResponse, Optional<T>> load(K key, boolean consistent) {
        return loadRaw(keyAttributes(key), consistent);
    }

    /**
     * @param keyAttributes the key
     * @param consistent strongly consistent read
     * @return GetItem of raw key attributes
     */
    Operation<GetItemRequest, GetItemResponse, Optional<T>> loadRaw(Map<String, AttributeValue> keyAttributes,
            boolean consistent) {
        GetItemRequest request = GetItemRequest.builder().tableName(tableName).key(keyAttributes)
                .consistentRead(consistent ? Boolean.TRUE : null).build();
        return new Operation<>(Call.GET_ITEM, request, tableName, Keys.describe(metadata, keyAttributes),
                response -> response.hasItem() && !response.item().isEmpty() && rules.visible(response.item())
                        ? Optional.of(read(response.item())) : Optional.empty());
    }

    /**
     * @param key the key
     * @param consistent strongly consistent read
     * @return GetItem, resulting in the item or failing with {@link ItemNotFoundException}
     */
    public Operation<GetItemRequest, GetItemResponse, T> loadOrThrow(K key, boolean consistent) {
        Operation<GetItemRequest, GetItemResponse, Optional<T>> load = load(key, consistent);
        return new Operation<>(load.call(), load.request(), tableName, load.key(),
                response -> load.transform().apply(response)
                        .orElseThrow(() -> new ItemNotFoundException(tableName, load.key())));
    }

    /**
     * @param prepared the item as it will be stored
     * @param condition the caller's condition, or null
     * @return the parts of a put: the item, and the version condition with the caller's
     */
    public WriteParts<T> putParts(ItemRules.Prepared prepared, Condition<T> condition) {
        Map<String, AttributeValue> attributes = prepared.attributes();
        return parts("save", Keys.keyOf(metadata, attributes), attributes, null, condition,
                prepared.expectedVersion(), null);
    }

    /**
     * @param prepared the item as it will be stored
     * @param condition the caller's condition, or null
     * @return PutItem, resulting in the record as stored
     */
    public Operation<PutItemRequest, PutItemResponse, T> save(ItemRules.Prepared prepared, Condition<T> condition) {
        WriteParts<T> p = putParts(prepared, condition);
        PutItemRequest request = PutItemRequest.builder().tableName(tableName).item(p.item())
                .conditionExpression(p.conditionExpression()).expressionAttributeNames(p.names())
                .expressionAttributeValues(p.values())
                .returnValuesOnConditionCheckFailure(p.expectedVersion() == null ? null
                        : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        return new Operation<>(Call.PUT_ITEM, request, tableName, p.describedKey(), response -> read(p.item()),
                failures.rejected(p));
    }

    /**
     * @param key the key
     * @param condition the condition the stored item must meet, or null
     * @param expectedVersion the version the stored item must have, or null
     * @return the parts of a delete
     */
    public WriteParts<T> deleteParts(K key, Condition<T> condition, Long expectedVersion) {
        return parts("delete", keyAttributes(key), null, null, condition, expectedVersion, null);
    }

    /**
     * @param key the key
     * @param condition the condition the stored item must meet, or null
     * @param expectedVersion the version the stored item must have, or null
     * @return DeleteItem, resulting in the deleted item if there was one
     */
    public Operation<DeleteItemRequest, DeleteItemResponse, Optional<T>> delete(K key, Condition<T> condition,
            Long expectedVersion) {
        WriteParts<T> p = deleteParts(key, condition, expectedVersion);
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(tableName).key(p.key())
                .conditionExpression(p.conditionExpression()).expressionAttributeNames(p.names())
                .expressionAttributeValues(p.values()).returnValues(ReturnValue.ALL_OLD)
                .returnValuesOnConditionCheckFailure(expectedVersion == null ? null
                        : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        return new Operation<>(Call.DELETE_ITEM, request, tableName, p.describedKey(),
                response -> readDeleted(response.hasAttributes() ? response.attributes() : null), failures.rejected(p));
    }

    /**
     * @param key the key
     * @param condition the condition the stored item must meet
     * @return the parts of a condition check (no write)
     */
    public WriteParts<T> checkParts(K key, Condition<T> condition) {
        Objects.requireNonNull(condition, "condition");
        return parts("check", keyAttributes(key), null, null, condition, null, null);
    }

    /**
     * @param key the key
     * @param current the record the caller read (updateIfUnchanged), whose entity's rules apply in a
     *     single-table hierarchy; null for an update by key alone
     * @param update the changes
     * @param condition the condition the stored item must meet, or null
     * @param onlyIfExists true to refuse creating the item when there is none
     * @param expectedVersion the version the stored item must have, or null for no version check
     * @return the parts of an update: the caller's changes with TTL and version rules added
     * @throws IllegalArgumentException if the update changes a key or the version, or is an update by
     *     key of a hierarchy whose entities have different rules ({@link ItemRules#checkUpdateByKey})
     */
    public WriteParts<T> updateParts(K key, T current, Update<T> update, Condition<T> condition, boolean onlyIfExists,
            Long expectedVersion) {
        Objects.requireNonNull(update, "update");
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        if (current == null) {
            rules.checkUpdateByKey(keyAttributes);
        }
        List<TableSchema<?, ?>> entities = entitiesUpdated(current);
        for (UpdateAction<T> action : update.actions()) {
            String top = action.path().topName();
            if (keyAttributes.containsKey(top)) {
                throw new IllegalArgumentException("An update of " + metadata.recordName() + " cannot change key attribute "
                        + top + ": save an item with the new key and delete the old one");
            }
            if (top.equals(metadata.versionAttribute())) {
                throw new IllegalArgumentException("An update of " + metadata.recordName() + " cannot change version"
                        + " attribute " + top + ": every write increments it; use updateIfUnchanged to write only over"
                        + " the version read");
            }
            checkSingleTableAttribute(top, entities);
        }
        if (metadata.typeAttribute() != null) {
            update = withIndexKeys(keyAttributes, update, entities);
        }
        limits.checkUpdate(keyAttributes, update);
        TableMetadata own = current == null ? metadata : schema.metadataOf(current);
        if (metadata.typeAttribute() == null) {
            return parts("update", keyAttributes, null, rules.withRules(update, own), condition, expectedVersion,
                    onlyIfExists ? "no item with this key exists" : null);
        }
        // An item an update created in a single table would have no type tag (nor components, nor index
        // keys), and would break every read of its partition: an update changes an existing item of its kind.
        String missing = "no " + (metadata.entityTag() != null ? metadata.recordName() + " item"
                : "item of " + metadata.recordName() + "'s entities") + " with this key exists (an update in a single"
                + " table changes an existing item; save one to create it)";
        return parts("update", keyAttributes, null, rules.withRules(update, own), condition, expectedVersion,
                missing, rules.ownTags());
    }

    /**
     * @return the schemas of the entities the update may be of: this entity's (a typed view), the
     *     read record's (the hierarchy's updateIfUnchanged), or every entity's (the hierarchy's
     *     update by key); empty for a table of one record
     */
    private List<TableSchema<?, ?>> entitiesUpdated(T current) {
        if (!(schema instanceof HierarchySchema<?> hierarchy)) {
            return metadata.typeAttribute() == null ? List.of() : List.of(schema);
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
    private void checkSingleTableAttribute(String top, List<TableSchema<?, ?>> entities) {
        if (metadata.typeAttribute() == null) {
            return;
        }
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

    /**
     * @param key the key
     * @param current the record the caller read, or null for an update by key alone
     * @param update the changes
     * @param condition the condition the stored item must meet, or null
     * @param onlyIfExists true to refuse creating the item when there is none
     * @param expectedVersion the version the stored item must have, or null for no version check
     * @return UpdateItem, resulting in the item after the update
     */
    public Operation<UpdateItemRequest, UpdateItemResponse, T> update(K key, T current, Update<T> update,
            Condition<T> condition, boolean onlyIfExists, Long expectedVersion) {
        WriteParts<T> p = updateParts(key, current, update, condition, onlyIfExists, expectedVersion);
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(tableName).key(p.key())
                .updateExpression(p.updateExpression()).conditionExpression(p.conditionExpression())
                .expressionAttributeNames(p.names()).expressionAttributeValues(p.values())
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(expectedVersion == null ? null
                        : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        return new Operation<>(Call.UPDATE_ITEM, request, tableName, p.describedKey(),
                response -> read(response.attributes()), failures.rejectedUpdate(p, update));
    }

    /** One write's expressions: the version condition, an existence check, then the caller's condition. */
    private WriteParts<T> parts(String operation, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
            Update<T> update, Condition<T> condition, Long expectedVersion, String missing) {
        return parts(operation, key, item, update, condition, expectedVersion, missing,
                missing == null ? null : new Condition.Exists<>(AttributePath.of(metadata.partitionKey().name())));
    }

    /** As above, with the condition that the item exists (with a tag of its own, in a single table). */
    private WriteParts<T> parts(String operation, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
            Update<T> update, Condition<T> condition, Long expectedVersion, String missing, Condition<T> exists) {
        Condition<T> conditions = and(rules.versionCondition(expectedVersion), condition);
        if (exists != null) {
            conditions = and(exists, conditions);
        }
        ExpressionWriter writer = new ExpressionWriter();
        String updateExpression = update == null ? null : writer.update(update);
        String conditionExpression = conditions == null ? null : writer.condition(conditions);
        return new WriteParts<>(operation, key, item, updateExpression, conditionExpression, writer.names(),
                writer.values(), Keys.describe(metadata, key), condition, expectedVersion, missing);
    }

    /** @return CreateTable from the schema */
    public Operation<CreateTableRequest, CreateTableResponse, TableDescription> createTable() {
        CreateTableRequest request = TableDefinitions.createTableRequest(metadata, tableName);
        return new Operation<>(Call.CREATE_TABLE, request, tableName, "", CreateTableResponse::tableDescription);
    }

    /** @return UpdateTimeToLive enabling TTL on the {@code @Ttl} attribute, or null when there is none */
    public Operation<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse, Void> enableTimeToLive() {
        if (metadata.ttlAttribute() == null) {
            return null;
        }
        UpdateTimeToLiveRequest request = UpdateTimeToLiveRequest.builder().tableName(tableName)
                .timeToLiveSpecification(TimeToLiveSpecification.builder().enabled(true)
                        .attributeName(metadata.ttlAttribute()).build())
                .build();
        return new Operation<>(Call.UPDATE_TIME_TO_LIVE, request, tableName, "", response -> null);
    }

    /** @return DescribeTable; fails with the SDK's ResourceNotFoundException when there is no table */
    public Operation<DescribeTableRequest, DescribeTableResponse, TableDescription> describeTable() {
        DescribeTableRequest request = DescribeTableRequest.builder().tableName(tableName).build();
        return new Operation<>(Call.DESCRIBE_TABLE, request, tableName, "", DescribeTableResponse::table);
    }

    /**
     * @param key a key
     * @return its attributes, checked
     */
    public Map<String, AttributeValue> keyAttributes(K key) {
        if (key == null) {
            throw new IllegalArgumentException(metadata.sortKey() == null
                    ? "Key attribute " + metadata.partitionKey().name() + " of " + metadata.recordName() + " must not be null"
                    : "The key of " + metadata.recordName() + " (" + metadata.partitionKey().name() + ", "
                            + metadata.sortKey().name() + ") must not be null");
        }
        Map<String, AttributeValue> attributes = schema.toKey(key);
        limits.checkKey(attributes);
        return attributes;
    }

    /**
     * @param item a stored item
     * @return the record, or {@link SchemaMismatchException} naming this table, also when the
     *     record's constructor refuses what was read
     */
    public T read(Map<String, AttributeValue> item) {
        try {
            return metadata.typeAttribute() == null ? schema.fromItem(item) : EntityReads.read(schema, item, tableName);
        } catch (UnknownEntityTypeException e) {
            throw e.inTable(tableName);
        } catch (SchemaMismatchException e) {
            throw e.inTable(tableName);
        } catch (RuntimeException e) {
            String reader = metadata.typeAttribute() == null ? metadata.recordName()
                    : EntityReads.recordNameOf(schema, item); // the entity the tag names, not the hierarchy
            throw SchemaMismatchException.refusedByRecord(tableName, reader, Keys.describe(metadata, item), e);
        }
    }

    /**
     * @param item the item a delete returned, or empty
     * @return it as a record; empty when there was none, or when its type tag is none of the
     *     single table's entities (it is deleted: nothing is thrown after the delete succeeded)
     */
    private Optional<T> readDeleted(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(item));
        } catch (UnknownEntityTypeException unknown) {
            return Optional.empty();
        }
    }

    private static <T> Condition<T> and(Condition<T> a, Condition<T> b) {
        return a == null ? b : b == null ? a : a.and(b);
    }
}
