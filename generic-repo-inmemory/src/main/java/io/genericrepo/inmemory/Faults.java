package io.genericrepo.inmemory;

import io.genericrepo.inmemory.error.Errors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Faults on purpose, for testing code that must survive DynamoDB's partial answers and
 * throttling: a share (0.0 to 1.0) of write requests in a BatchWriteItem comes back in
 * {@code UnprocessedItems} (not written), a share of the keys of a BatchGetItem comes back in
 * {@code UnprocessedKeys} (not read), and a share of the requests of one operation (or of every
 * operation) fails with {@code ProvisionedThroughputExceededException}, whose error code the SDK's
 * retry policy treats as throttling. Draws come from one seeded {@link Random}, so a test run is
 * repeatable. All shares are 0 until set; {@link #reset()} sets them back.
 *
 * <pre>{@code
 * InMemoryDynamoDb engine = InMemoryDynamoDb.create();
 * engine.faults().seed(42).unprocessedItems(0.3).throttle("GetItem", 0.1);
 * // ... exercise code that retries ...
 * engine.faults().reset();
 * }</pre>
 */
public final class Faults {

    private static final String ALL = "*";
    /** The operations the engine implements, in the SDK's names. */
    private static final Set<String> OPERATIONS = new TreeSet<>(List.of("BatchGetItem", "BatchWriteItem", "CreateTable",
            "DeleteItem", "DeleteTable", "DescribeTable", "DescribeTimeToLive", "GetItem", "ListTables", "PutItem", "Query",
            "Scan", "TransactGetItems", "TransactWriteItems", "UpdateItem", "UpdateTable", "UpdateTimeToLive"));

    private final Map<String, Double> throttling = new HashMap<>();
    private Random random; // created on the first draw or seed: an engine without faults never needs it
    private double unprocessedItems;
    private double unprocessedKeys;
    // read without the lock on every request: an engine without faults pays one volatile read
    private volatile boolean active;

    Faults() {}

    /**
     * Seeds the random draws.
     *
     * <pre>{@code engine.faults().seed(7);}</pre>
     *
     * @return this
     */
    public synchronized Faults seed(long seed) {
        random = new Random(seed);
        return this;
    }

    /**
     * Fails a share of the requests of every operation with ProvisionedThroughputExceededException.
     *
     * <pre>{@code engine.faults().throttle(0.2);}</pre>
     *
     * @param share 0.0 (never) to 1.0 (always)
     * @throws IllegalArgumentException when the engine has no such operation (the message lists them)
     * @return this
     */
    public synchronized Faults throttle(double share) {
        throttling.put(ALL, check(share));
        active = true;
        return this;
    }

    /**
     * Fails a share of the requests of one operation with ProvisionedThroughputExceededException.
     *
     * <pre>{@code engine.faults().throttle("PutItem", 0.5);}</pre>
     *
     * @param operation the API action's name, as DynamoDB spells it ("PutItem", "Query", ...)
     * @param share 0.0 (never) to 1.0 (always)
     * @return this
     */
    public synchronized Faults throttle(String operation, double share) {
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("No operation \"" + operation + "\" to throttle: the engine's operations are "
                    + String.join(", ", OPERATIONS));
        }
        throttling.put(operation, check(share));
        active = true;
        return this;
    }

    /**
     * Leaves a share of the write requests of each BatchWriteItem unwritten, returned in
     * UnprocessedItems.
     *
     * <pre>{@code engine.faults().unprocessedItems(0.25);}</pre>
     *
     * @param share 0.0 (never) to 1.0 (always)
     * @return this
     */
    public synchronized Faults unprocessedItems(double share) {
        unprocessedItems = check(share);
        active = true;
        return this;
    }

    /**
     * Leaves a share of the keys of each BatchGetItem unread, returned in UnprocessedKeys.
     *
     * <pre>{@code engine.faults().unprocessedKeys(0.25);}</pre>
     *
     * @param share 0.0 (never) to 1.0 (always)
     * @return this
     */
    public synchronized Faults unprocessedKeys(double share) {
        unprocessedKeys = check(share);
        active = true;
        return this;
    }

    /**
     * Turns every fault off (the seed stays).
     *
     * <pre>{@code engine.faults().reset();}</pre>
     *
     * @return this
     */
    public synchronized Faults reset() {
        throttling.clear();
        unprocessedItems = 0;
        unprocessedKeys = 0;
        active = false;
        return this;
    }

    /** Throws the throttling error when a draw says so. */
    void beforeRequest(String operation) {
        if (active) {
            drawThrottle(operation);
        }
    }

    private synchronized void drawThrottle(String operation) {
        double share = throttling.getOrDefault(operation, throttling.getOrDefault(ALL, 0.0));
        if (share > 0 && random().nextDouble() < share) {
            throw Errors.throttling(operation);
        }
    }

    boolean skipWrite() {
        return active && draw(true);
    }

    boolean skipKey() {
        return active && draw(false);
    }

    private synchronized boolean draw(boolean write) {
        double share = write ? unprocessedItems : unprocessedKeys;
        return share > 0 && random().nextDouble() < share;
    }

    private static double check(double share) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("A fault share must be between 0.0 and 1.0, found " + share);
        }
        return share;
    }

    // callers hold this object's lock
    private Random random() {
        if (random == null) {
            random = new Random(0);
        }
        return random;
    }
}
