package io.genericrepo.inmemory;

import io.genericrepo.inmemory.action.BatchGetItem;
import io.genericrepo.inmemory.action.BatchWriteItem;
import io.genericrepo.inmemory.action.CreateTable;
import io.genericrepo.inmemory.action.DeleteItem;
import io.genericrepo.inmemory.action.DeleteTable;
import io.genericrepo.inmemory.action.DescribeTable;
import io.genericrepo.inmemory.action.DescribeTimeToLive;
import io.genericrepo.inmemory.action.GetItem;
import io.genericrepo.inmemory.action.ListTables;
import io.genericrepo.inmemory.action.PutItem;
import io.genericrepo.inmemory.action.Query;
import io.genericrepo.inmemory.action.Scan;
import io.genericrepo.inmemory.action.TransactGetItems;
import io.genericrepo.inmemory.action.TransactWriteItems;
import io.genericrepo.inmemory.action.UpdateItem;
import io.genericrepo.inmemory.action.UpdateTable;
import io.genericrepo.inmemory.action.UpdateTimeToLive;
import io.genericrepo.inmemory.store.Database;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
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
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The engine's {@link DynamoDbClient}: each implemented operation asks the fault policy first,
 * then hands the request to its action class ({@code io.genericrepo.inmemory.action}), which
 * validates it as DynamoDB does and acts on the store. Every other operation is refused by name
 * ({@link UnsupportedOperations}). Closing the client does nothing: the engine owns the data.
 */
final class EngineClient extends UnsupportedOperations {

    private final Faults faults;
    private final BatchGetItem batchGetItemAction;
    private final BatchWriteItem batchWriteItemAction;
    private final CreateTable createTableAction;
    private final DeleteItem deleteItemAction;
    private final DeleteTable deleteTableAction;
    private final DescribeTable describeTableAction;
    private final DescribeTimeToLive describeTimeToLiveAction;
    private final GetItem getItemAction;
    private final ListTables listTablesAction;
    private final PutItem putItemAction;
    private final Query queryAction;
    private final Scan scanAction;
    private final TransactGetItems transactGetItemsAction;
    private final TransactWriteItems transactWriteItemsAction;
    private final UpdateItem updateItemAction;
    private final UpdateTable updateTableAction;
    private final UpdateTimeToLive updateTimeToLiveAction;

    EngineClient(Database db, Faults faults) {
        this.faults = faults;
        this.batchGetItemAction = new BatchGetItem(db, faults::skipKey);
        this.batchWriteItemAction = new BatchWriteItem(db, faults::skipWrite);
        this.createTableAction = new CreateTable(db);
        this.deleteItemAction = new DeleteItem(db);
        this.deleteTableAction = new DeleteTable(db);
        this.describeTableAction = new DescribeTable(db);
        this.describeTimeToLiveAction = new DescribeTimeToLive(db);
        this.getItemAction = new GetItem(db);
        this.listTablesAction = new ListTables(db);
        this.putItemAction = new PutItem(db);
        this.queryAction = new Query(db);
        this.scanAction = new Scan(db);
        this.transactGetItemsAction = new TransactGetItems(db);
        this.transactWriteItemsAction = new TransactWriteItems(db);
        this.updateItemAction = new UpdateItem(db);
        this.updateTableAction = new UpdateTable(db);
        this.updateTimeToLiveAction = new UpdateTimeToLive(db);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        faults.beforeRequest("BatchGetItem");
        return batchGetItemAction.apply(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        faults.beforeRequest("BatchWriteItem");
        return batchWriteItemAction.apply(request);
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        faults.beforeRequest("CreateTable");
        return createTableAction.apply(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        faults.beforeRequest("DeleteItem");
        return deleteItemAction.apply(request);
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        faults.beforeRequest("DeleteTable");
        return deleteTableAction.apply(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        faults.beforeRequest("DescribeTable");
        return describeTableAction.apply(request);
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        faults.beforeRequest("DescribeTimeToLive");
        return describeTimeToLiveAction.apply(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        faults.beforeRequest("GetItem");
        return getItemAction.apply(request);
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        faults.beforeRequest("ListTables");
        return listTablesAction.apply(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        faults.beforeRequest("PutItem");
        return putItemAction.apply(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        faults.beforeRequest("Query");
        return queryAction.apply(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        faults.beforeRequest("Scan");
        return scanAction.apply(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        faults.beforeRequest("TransactGetItems");
        return transactGetItemsAction.apply(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        faults.beforeRequest("TransactWriteItems");
        return transactWriteItemsAction.apply(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        faults.beforeRequest("UpdateItem");
        return updateItemAction.apply(request);
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        faults.beforeRequest("UpdateTable");
        return updateTableAction.apply(request);
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        faults.beforeRequest("UpdateTimeToLive");
        return updateTimeToLiveAction.apply(request);
    }

    @Override
    public DynamoDbWaiter waiter() {
        return DynamoDbWaiter.builder().client(this).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
        return DynamoDbServiceClientConfiguration.builder().region(Region.US_EAST_1).build();
    }

    @Override
    public void close() {
        // the engine owns the tables; closing a client of it releases nothing
    }
}
