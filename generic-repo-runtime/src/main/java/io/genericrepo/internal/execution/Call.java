package io.genericrepo.internal.execution;

import java.util.concurrent.CompletableFuture;
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
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * One DynamoDB API call, both ways it can be made: on the sync client and on the async one. An
 * {@link Operation} names its call, so that each operation is written once and run either way.
 * Internal.
 *
 * <p>The calls the library makes are dispatched by a switch rather than held as method
 * references: a method reference is a class the JVM spins on first use, and thirteen pairs of them
 * (with the request and response classes their signatures load) cost a cold start tens of
 * milliseconds before the first request.
 *
 * @param <Q> request type
 * @param <S> response type
 */
public final class Call<Q, S> {

    /** GetItem. */
    public static final Call<GetItemRequest, GetItemResponse> GET_ITEM = new Call<>("GetItem", 0);

    /** PutItem. */
    public static final Call<PutItemRequest, PutItemResponse> PUT_ITEM = new Call<>("PutItem", 1);

    /** DeleteItem. */
    public static final Call<DeleteItemRequest, DeleteItemResponse> DELETE_ITEM = new Call<>("DeleteItem", 2);

    /** Query. */
    public static final Call<QueryRequest, QueryResponse> QUERY = new Call<>("Query", 3);

    /** Scan. */
    public static final Call<ScanRequest, ScanResponse> SCAN = new Call<>("Scan", 4);

    /** UpdateItem. */
    public static final Call<UpdateItemRequest, UpdateItemResponse> UPDATE_ITEM = new Call<>("UpdateItem", 5);

    /** BatchWriteItem. */
    public static final Call<BatchWriteItemRequest, BatchWriteItemResponse> BATCH_WRITE_ITEM =
            new Call<>("BatchWriteItem", 6);

    /** BatchGetItem. */
    public static final Call<BatchGetItemRequest, BatchGetItemResponse> BATCH_GET_ITEM = new Call<>("BatchGetItem", 7);

    /** UpdateTimeToLive. */
    public static final Call<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse> UPDATE_TIME_TO_LIVE =
            new Call<>("UpdateTimeToLive", 8);

    /** CreateTable. */
    public static final Call<CreateTableRequest, CreateTableResponse> CREATE_TABLE = new Call<>("CreateTable", 9);

    /** DescribeTable. */
    public static final Call<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE =
            new Call<>("DescribeTable", 10);

    /** TransactWriteItems. */
    public static final Call<TransactWriteItemsRequest, TransactWriteItemsResponse> TRANSACT_WRITE_ITEMS =
            new Call<>("TransactWriteItems", 11);

    /** TransactGetItems. */
    public static final Call<TransactGetItemsRequest, TransactGetItemsResponse> TRANSACT_GET_ITEMS =
            new Call<>("TransactGetItems", 12);

    private final String name;
    private final int known;

    private Call(String name, int known) {
        this.name = name;
        this.known = known;
    }

    /** @return the API name, for logs */
    public String name() {
        return name;
    }

    /**
     * @param client the sync client
     * @param request the request
     * @return the client's response
     */
    @SuppressWarnings("unchecked")
    public S sync(DynamoDbClient client, Q request) {
        return switch (known) {
            case 0 -> (S) client.getItem((GetItemRequest) request);
            case 1 -> (S) client.putItem((PutItemRequest) request);
            case 2 -> (S) client.deleteItem((DeleteItemRequest) request);
            case 3 -> (S) client.query((QueryRequest) request);
            case 4 -> (S) client.scan((ScanRequest) request);
            case 5 -> (S) client.updateItem((UpdateItemRequest) request);
            case 6 -> (S) client.batchWriteItem((BatchWriteItemRequest) request);
            case 7 -> (S) client.batchGetItem((BatchGetItemRequest) request);
            case 8 -> (S) client.updateTimeToLive((UpdateTimeToLiveRequest) request);
            case 9 -> (S) client.createTable((CreateTableRequest) request);
            case 10 -> (S) client.describeTable((DescribeTableRequest) request);
            case 11 -> (S) client.transactWriteItems((TransactWriteItemsRequest) request);
            case 12 -> (S) client.transactGetItems((TransactGetItemsRequest) request);
            default -> throw new IllegalStateException(name);
        };
    }

    /**
     * @param client the async client
     * @param request the request
     * @return the client's future response
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<S> async(DynamoDbAsyncClient client, Q request) {
        return switch (known) {
            case 0 -> (CompletableFuture<S>) (CompletableFuture<?>) client.getItem((GetItemRequest) request);
            case 1 -> (CompletableFuture<S>) (CompletableFuture<?>) client.putItem((PutItemRequest) request);
            case 2 -> (CompletableFuture<S>) (CompletableFuture<?>) client.deleteItem((DeleteItemRequest) request);
            case 3 -> (CompletableFuture<S>) (CompletableFuture<?>) client.query((QueryRequest) request);
            case 4 -> (CompletableFuture<S>) (CompletableFuture<?>) client.scan((ScanRequest) request);
            case 5 -> (CompletableFuture<S>) (CompletableFuture<?>) client.updateItem((UpdateItemRequest) request);
            case 6 -> (CompletableFuture<S>) (CompletableFuture<?>)
                    client.batchWriteItem((BatchWriteItemRequest) request);
            case 7 -> (CompletableFuture<S>) (CompletableFuture<?>) client.batchGetItem((BatchGetItemRequest) request);
            case 8 -> (CompletableFuture<S>) (CompletableFuture<?>)
                    client.updateTimeToLive((UpdateTimeToLiveRequest) request);
            case 9 -> (CompletableFuture<S>) (CompletableFuture<?>) client.createTable((CreateTableRequest) request);
            case 10 -> (CompletableFuture<S>) (CompletableFuture<?>)
                    client.describeTable((DescribeTableRequest) request);
            case 11 -> (CompletableFuture<S>) (CompletableFuture<?>)
                    client.transactWriteItems((TransactWriteItemsRequest) request);
            case 12 -> (CompletableFuture<S>) (CompletableFuture<?>)
                    client.transactGetItems((TransactGetItemsRequest) request);
            default -> throw new IllegalStateException(name);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
