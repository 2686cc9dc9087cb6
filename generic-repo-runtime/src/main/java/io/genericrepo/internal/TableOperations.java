package io.genericrepo.internal;

import io.genericrepo.Condition;
import io.genericrepo.ConditionFailedException;
import io.genericrepo.ItemNotFoundException;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Every operation on one table, each written once as <em>build request → call → transform
 * response</em>. Arguments are checked here, before any request exists, so that bad input fails
 * with nothing sent. Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class TableOperations<T, K> {

    private final TableSchema<T, K> schema;
    private final TableMetadata metadata;
    private final String tableName;

    /**
     * @param schema the generated schema
     * @param tableName the table to use (the schema's, or an override)
     */
    public TableOperations(TableSchema<T, K> schema, String tableName) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.metadata = schema.metadata();
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /** @return the table name requests use */
    public String tableName() {
        return tableName;
    }

    /** @return the schema */
    public TableSchema<T, K> schema() {
        return schema;
    }

    /**
     * @param key the key
     * @return GetItem, resulting in the item if there is one
     */
    public Operation<GetItemRequest, GetItemResponse, Optional<T>> load(K key) {
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        GetItemRequest request = GetItemRequest.builder().tableName(tableName).key(keyAttributes).build();
        return new Operation<>(Call.GET_ITEM, request, tableName, Keys.describe(metadata, keyAttributes),
                response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(read(response.item())) : Optional.empty());
    }

    /**
     * @param key the key
     * @return GetItem, resulting in the item or failing with {@link ItemNotFoundException}
     */
    public Operation<GetItemRequest, GetItemResponse, T> loadOrThrow(K key) {
        Operation<GetItemRequest, GetItemResponse, Optional<T>> load = load(key);
        return new Operation<>(load.call(), load.request(), tableName, load.key(),
                response -> load.transform().apply(response)
                        .orElseThrow(() -> new ItemNotFoundException(tableName, load.key())));
    }

    /**
     * @param item the record
     * @return PutItem, replacing any item with the same key
     */
    public Operation<PutItemRequest, PutItemResponse, Void> save(T item) {
        return save(item, null);
    }

    /**
     * @param item the record
     * @param condition the condition the stored item must meet, or null
     * @return PutItem, replacing any item with the same key if the condition holds
     */
    public Operation<PutItemRequest, PutItemResponse, Void> save(T item, Condition<T> condition) {
        Objects.requireNonNull(item, () -> "the " + metadata.recordName() + " to save must not be null");
        Map<String, AttributeValue> attributes = schema.toItem(item);
        ExpressionWriter writer = new ExpressionWriter();
        String expression = condition == null ? null : writer.condition(condition);
        PutItemRequest request = PutItemRequest.builder().tableName(tableName).item(attributes)
                .conditionExpression(expression).expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values()).build();
        String key = Keys.describe(metadata, attributes);
        return new Operation<>(Call.PUT_ITEM, request, tableName, key, response -> null,
                rejected("save", key, condition, null));
    }

    /**
     * @param key the key
     * @return DeleteItem, resulting in the deleted item if there was one
     */
    public Operation<DeleteItemRequest, DeleteItemResponse, Optional<T>> delete(K key) {
        return delete(key, null);
    }

    /**
     * @param key the key
     * @param condition the condition the stored item must meet, or null
     * @return DeleteItem, resulting in the deleted item if there was one
     */
    public Operation<DeleteItemRequest, DeleteItemResponse, Optional<T>> delete(K key, Condition<T> condition) {
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        ExpressionWriter writer = new ExpressionWriter();
        String expression = condition == null ? null : writer.condition(condition);
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(tableName).key(keyAttributes)
                .conditionExpression(expression).expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values()).returnValues(ReturnValue.ALL_OLD).build();
        String described = Keys.describe(metadata, keyAttributes);
        return new Operation<>(Call.DELETE_ITEM, request, tableName, described,
                response -> response.hasAttributes() && !response.attributes().isEmpty()
                        ? Optional.of(read(response.attributes())) : Optional.empty(),
                rejected("delete", described, condition, null));
    }

    /**
     * @param key the key
     * @param update the changes
     * @param condition the condition the stored item must meet, or null
     * @param onlyIfExists true to refuse creating the item when there is none
     * @return UpdateItem, resulting in the item after the update
     */
    public Operation<UpdateItemRequest, UpdateItemResponse, T> update(K key, Update<T> update, Condition<T> condition,
            boolean onlyIfExists) {
        Objects.requireNonNull(update, "update");
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        for (UpdateAction<T> action : update.actions()) {
            String top = action.path().topName();
            if (keyAttributes.containsKey(top)) {
                throw new IllegalArgumentException("An update of " + metadata.recordName() + " cannot change key attribute "
                        + top + ": save an item with the new key and delete the old one");
            }
        }
        Condition<T> full = condition;
        if (onlyIfExists) {
            Condition<T> exists = new Condition.Exists<>(AttributePath.of(metadata.partitionKey().name()));
            full = condition == null ? exists : exists.and(condition);
        }
        ExpressionWriter writer = new ExpressionWriter();
        String updateExpression = writer.update(update);
        String conditionExpression = full == null ? null : writer.condition(full);
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(tableName).key(keyAttributes)
                .updateExpression(updateExpression).conditionExpression(conditionExpression)
                .expressionAttributeNames(writer.names()).expressionAttributeValues(writer.values())
                .returnValues(ReturnValue.ALL_NEW).build();
        String described = Keys.describe(metadata, keyAttributes);
        String missing = onlyIfExists ? "no item with this key exists" : null;
        return new Operation<>(Call.UPDATE_ITEM, request, tableName, described, response -> read(response.attributes()),
                rejected("update", described, condition, missing));
    }

    /** Turns DynamoDB's rejection into a {@link ConditionFailedException} with the caller's message. */
    private Function<RuntimeException, RuntimeException> rejected(String operation, String key, Condition<T> condition,
            String missing) {
        return e -> {
            if (!(e instanceof ConditionalCheckFailedException)) {
                return e;
            }
            String message = Conditions.messageOf(condition);
            if (message == null) {
                message = e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                        && aws.awsErrorDetails().errorMessage() != null
                        ? aws.awsErrorDetails().errorMessage() : "the condition was not met";
            }
            if (missing != null) {
                message = condition == null ? missing : missing + ", or " + message;
            }
            return new ConditionFailedException(operation, tableName, key, message, e);
        };
    }

    /** @return CreateTable from the schema */
    public Operation<CreateTableRequest, CreateTableResponse, TableDescription> createTable() {
        CreateTableRequest request = TableDefinitions.createTableRequest(metadata, tableName);
        return new Operation<>(Call.CREATE_TABLE, request, tableName, "", CreateTableResponse::tableDescription);
    }

    /** @return DescribeTable; fails with the SDK's ResourceNotFoundException when there is no table */
    public Operation<DescribeTableRequest, DescribeTableResponse, TableDescription> describeTable() {
        DescribeTableRequest request = DescribeTableRequest.builder().tableName(tableName).build();
        return new Operation<>(Call.DESCRIBE_TABLE, request, tableName, "", DescribeTableResponse::table);
    }

    private Map<String, AttributeValue> keyAttributes(K key) {
        Objects.requireNonNull(key, () -> "the key of " + metadata.recordName() + " must not be null");
        return schema.toKey(key);
    }

    /**
     * @param item a stored item
     * @return the record, or {@link SchemaMismatchException} naming this table
     */
    public T read(Map<String, AttributeValue> item) {
        try {
            return schema.fromItem(item);
        } catch (SchemaMismatchException e) {
            throw e.inTable(tableName);
        }
    }
}
