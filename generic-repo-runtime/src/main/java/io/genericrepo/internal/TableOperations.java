package io.genericrepo.internal;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

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
        Objects.requireNonNull(item, () -> "the " + metadata.recordName() + " to save must not be null");
        Map<String, AttributeValue> attributes = schema.toItem(item);
        PutItemRequest request = PutItemRequest.builder().tableName(tableName).item(attributes).build();
        return new Operation<>(Call.PUT_ITEM, request, tableName, Keys.describe(metadata, attributes), response -> null);
    }

    /**
     * @param key the key
     * @return DeleteItem, resulting in the deleted item if there was one
     */
    public Operation<DeleteItemRequest, DeleteItemResponse, Optional<T>> delete(K key) {
        Map<String, AttributeValue> keyAttributes = keyAttributes(key);
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(tableName).key(keyAttributes)
                .returnValues(ReturnValue.ALL_OLD).build();
        return new Operation<>(Call.DELETE_ITEM, request, tableName, Keys.describe(metadata, keyAttributes),
                response -> response.hasAttributes() && !response.attributes().isEmpty()
                        ? Optional.of(read(response.attributes())) : Optional.empty());
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

    private T read(Map<String, AttributeValue> item) {
        try {
            return schema.fromItem(item);
        } catch (SchemaMismatchException e) {
            throw e.inTable(tableName);
        }
    }
}
