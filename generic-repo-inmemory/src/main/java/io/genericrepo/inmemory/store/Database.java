package io.genericrepo.inmemory.store;

import io.genericrepo.inmemory.error.Errors;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * The engine's tables by name (sorted, for ListTables) and its clock. Creating and deleting tables
 * is atomic per name; a table's items are guarded by the table's own lock.
 */
public final class Database {

    private static final String ARN_PREFIX = "arn:aws:dynamodb:us-east-1:000000000000:table/";

    private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private volatile boolean closed;

    /** @param clock the clock for creation times and TTL */
    public Database(Clock clock) {
        this.clock = clock;
    }

    /** Refuses every later request: the engine was closed. */
    public void close() {
        closed = true;
    }

    /** @throws IllegalStateException when the engine was closed */
    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException("This in-memory DynamoDB engine is closed; requests to its clients are refused"
                    + " (create another with InMemoryDynamoDb.create())");
        }
    }

    /** @return the engine's clock */
    public Clock clock() {
        return clock;
    }

    /**
     * Creates a table (the request already validated).
     *
     * @throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException when it exists
     */
    public Table create(String name, KeyAttribute hash, KeyAttribute range, List<AttributeDefinition> definitions,
            List<IndexSchema> indexes, BillingMode billingMode, ProvisionedThroughput throughput) {
        Table table = new Table(name, hash, range, definitions, indexes, billingMode, throughput,
                clock.instant(), ARN_PREFIX + name);
        if (tables.putIfAbsent(name, table) != null) {
            throw Errors.resourceInUse("Table already exists: " + name);
        }
        return table;
    }

    /** @return the table deleted; throws ResourceNotFoundException naming it when there is none */
    public Table delete(String name) {
        Table table = tables.remove(name);
        if (table == null) {
            throw Errors.tableNotFound(name);
        }
        return table;
    }

    /** For table-level actions: the table, or ResourceNotFoundException naming it. */
    public Table describe(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw Errors.tableNotFound(name);
        }
        return table;
    }

    /** For item-level actions: the table, or ResourceNotFoundException "Requested resource not found". */
    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw Errors.requestedResourceNotFound();
        }
        return table;
    }

    /** @return the table names after {@code exclusiveStart} (or from the first), in order */
    public List<String> names(String exclusiveStart) {
        return List.copyOf(exclusiveStart == null ? tables.keySet() : tables.tailMap(exclusiveStart, false).keySet());
    }

    /** @return every table */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }
}
