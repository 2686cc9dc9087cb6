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
 * Each action object is created on its operation's first call, so that an engine answering only
 * GetItem and PutItem loads (and pays start-up time for) only those.
 */
final class EngineClient extends UnsupportedOperations {

    private static final int BATCH_GET_ITEM = 0;
    private static final int BATCH_WRITE_ITEM = 1;
    private static final int CREATE_TABLE = 2;
    private static final int DELETE_ITEM = 3;
    private static final int DELETE_TABLE = 4;
    private static final int DESCRIBE_TABLE = 5;
    private static final int DESCRIBE_TIME_TO_LIVE = 6;
    private static final int GET_ITEM = 7;
    private static final int LIST_TABLES = 8;
    private static final int PUT_ITEM = 9;
    private static final int QUERY = 10;
    private static final int SCAN = 11;
    private static final int TRANSACT_GET_ITEMS = 12;
    private static final int TRANSACT_WRITE_ITEMS = 13;
    private static final int UPDATE_ITEM = 14;
    private static final int UPDATE_TABLE = 15;
    private static final int UPDATE_TIME_TO_LIVE = 16;

    private final Database db;
    private final Faults faults;
    // created on first use; read without a lock, which is safe as every action's fields are final
    private final Object[] actions = new Object[17];

    EngineClient(Database db, Faults faults) {
        this.db = db;
        this.faults = faults;
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        begin("BatchGetItem");
        return ((BatchGetItem) action(BATCH_GET_ITEM)).apply(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        begin("BatchWriteItem");
        return ((BatchWriteItem) action(BATCH_WRITE_ITEM)).apply(request);
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        begin("CreateTable");
        return ((CreateTable) action(CREATE_TABLE)).apply(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        begin("DeleteItem");
        return ((DeleteItem) action(DELETE_ITEM)).apply(request);
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        begin("DeleteTable");
        return ((DeleteTable) action(DELETE_TABLE)).apply(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        begin("DescribeTable");
        return ((DescribeTable) action(DESCRIBE_TABLE)).apply(request);
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        begin("DescribeTimeToLive");
        return ((DescribeTimeToLive) action(DESCRIBE_TIME_TO_LIVE)).apply(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        begin("GetItem");
        return ((GetItem) action(GET_ITEM)).apply(request);
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        begin("ListTables");
        return ((ListTables) action(LIST_TABLES)).apply(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        begin("PutItem");
        return ((PutItem) action(PUT_ITEM)).apply(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        begin("Query");
        return ((Query) action(QUERY)).apply(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        begin("Scan");
        return ((Scan) action(SCAN)).apply(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        begin("TransactGetItems");
        return ((TransactGetItems) action(TRANSACT_GET_ITEMS)).apply(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        begin("TransactWriteItems");
        return ((TransactWriteItems) action(TRANSACT_WRITE_ITEMS)).apply(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        begin("UpdateItem");
        return ((UpdateItem) action(UPDATE_ITEM)).apply(request);
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        begin("UpdateTable");
        return ((UpdateTable) action(UPDATE_TABLE)).apply(request);
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        begin("UpdateTimeToLive");
        return ((UpdateTimeToLive) action(UPDATE_TIME_TO_LIVE)).apply(request);
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

    /** @throws IllegalStateException when the engine was closed */
    void checkOpen() {
        db.checkOpen();
    }

    /** Refuses requests to a closed engine, then draws the faults asked for. */
    private void begin(String operation) {
        db.checkOpen();
        faults.beforeRequest(operation);
    }

    private Object action(int id) {
        Object a = actions[id];
        if (a == null) {
            synchronized (actions) {
                a = actions[id];
                if (a == null) {
                    a = create(id);
                    actions[id] = a;
                }
            }
        }
        return a;
    }

    private Object create(int id) {
        switch (id) {
            case BATCH_GET_ITEM: return new BatchGetItem(db, faults::skipKey);
            case BATCH_WRITE_ITEM: return new BatchWriteItem(db, faults::skipWrite);
            case CREATE_TABLE: return new CreateTable(db);
            case DELETE_ITEM: return new DeleteItem(db);
            case DELETE_TABLE: return new DeleteTable(db);
            case DESCRIBE_TABLE: return new DescribeTable(db);
            case DESCRIBE_TIME_TO_LIVE: return new DescribeTimeToLive(db);
            case GET_ITEM: return new GetItem(db);
            case LIST_TABLES: return new ListTables(db);
            case PUT_ITEM: return new PutItem(db);
            case QUERY: return new Query(db);
            case SCAN: return new Scan(db);
            case TRANSACT_GET_ITEMS: return new TransactGetItems(db);
            case TRANSACT_WRITE_ITEMS: return new TransactWriteItems(db);
            case UPDATE_ITEM: return new UpdateItem(db);
            case UPDATE_TABLE: return new UpdateTable(db);
            case UPDATE_TIME_TO_LIVE: return new UpdateTimeToLive(db);
            default: throw new IllegalArgumentException("no action " + id);
        }
    }
}
