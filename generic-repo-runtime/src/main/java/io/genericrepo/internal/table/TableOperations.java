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
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.expression.ExpressionWriter;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.path.AttributePath;
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
    private final SingleTableUpdates<T> singleTable;

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
        this.singleTable = new SingleTableUpdates<>(schema);
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
     * @return the parts of an update: the caller's changes with TTL and version rules added, and in
     *     a single table the shared index keys they change
     * @throws IllegalArgumentException if the update changes a key or the version, is an update by
     *     key of a hierarchy whose entities have different rules ({@link ItemRules#checkUpdateByKey}),
     *     or changes what a single table's keys are built from in a way they cannot follow
     *     ({@link SingleTableUpdates})
     */
    public WriteParts<T> updateParts(K key, T current, Update<T> update, Condition<T> condition, boolean onlyIfExists,
            Long expectedVersion) {
        Objects.requireNonNull(update, "update");
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        if (current == null) {
            rules.checkUpdateByKey(keyAttributes);
        }
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
        }
        update = singleTable.checked(keyAttributes, current, update);
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
