package io.genericrepo.internal.execution;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * One DynamoDB API call, both ways it can be made: on the sync client and on the async one. An
 * {@link Operation} names its call, so that each operation is written once and run either way.
 * Internal.
 *
 * @param name the API name, for logs
 * @param sync the call on {@link DynamoDbClient}
 * @param async the call on {@link DynamoDbAsyncClient}
 * @param <Q> request type
 * @param <S> response type
 */
public record Call<Q, S>(String name, BiFunction<DynamoDbClient, Q, S> sync,
        BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async) {

    /** GetItem. */
    public static final Call<GetItemRequest, GetItemResponse> GET_ITEM =
            new Call<>("GetItem", DynamoDbClient::getItem, DynamoDbAsyncClient::getItem);

    /** PutItem. */
    public static final Call<PutItemRequest, PutItemResponse> PUT_ITEM =
            new Call<>("PutItem", DynamoDbClient::putItem, DynamoDbAsyncClient::putItem);

    /** DeleteItem. */
    public static final Call<DeleteItemRequest, DeleteItemResponse> DELETE_ITEM =
            new Call<>("DeleteItem", DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem);

    /** Query. */
    public static final Call<QueryRequest, QueryResponse> QUERY =
            new Call<>("Query", DynamoDbClient::query, DynamoDbAsyncClient::query);

    /** Scan. */
    public static final Call<ScanRequest, ScanResponse> SCAN =
            new Call<>("Scan", DynamoDbClient::scan, DynamoDbAsyncClient::scan);

    /** UpdateItem. */
    public static final Call<UpdateItemRequest, UpdateItemResponse> UPDATE_ITEM =
            new Call<>("UpdateItem", DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem);

    /** BatchWriteItem. */
    public static final Call<BatchWriteItemRequest, BatchWriteItemResponse> BATCH_WRITE_ITEM =
            new Call<>("BatchWriteItem", DynamoDbClient::batchWriteItem, DynamoDbAsyncClient::batchWriteItem);

    /** BatchGetItem. */
    public static final Call<BatchGetItemRequest, BatchGetItemResponse> BATCH_GET_ITEM =
            new Call<>("BatchGetItem", DynamoDbClient::batchGetItem, DynamoDbAsyncClient::batchGetItem);

    /** UpdateTimeToLive. */
    public static final Call<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse> UPDATE_TIME_TO_LIVE =
            new Call<>("UpdateTimeToLive", DynamoDbClient::updateTimeToLive, DynamoDbAsyncClient::updateTimeToLive);

    /** CreateTable. */
    public static final Call<CreateTableRequest, CreateTableResponse> CREATE_TABLE =
            new Call<>("CreateTable", DynamoDbClient::createTable, DynamoDbAsyncClient::createTable);

    /** DescribeTable. */
    public static final Call<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE =
            new Call<>("DescribeTable", DynamoDbClient::describeTable, DynamoDbAsyncClient::describeTable);
}
