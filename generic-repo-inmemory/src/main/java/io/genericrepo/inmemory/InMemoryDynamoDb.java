package io.genericrepo.inmemory;

import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.Table;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An embedded DynamoDB: tables and items in memory, reached through the AWS SDK's own
 * {@link DynamoDbClient} and {@link DynamoDbAsyncClient} interfaces, so that any code written for
 * DynamoDB runs on it unchanged. DynamoDB's documentation is its specification: requests are
 * validated as the service validates them and errors carry the service's exception classes, error
 * codes and messages. Operations it does not implement (PartiQL, streams, backups, global tables,
 * ...) throw {@link UnsupportedOperationException} naming the operation.
 *
 * <pre>{@code
 * try (InMemoryDynamoDb engine = InMemoryDynamoDb.create()) {
 *     DynamoDbClient client = engine.client();
 *     client.createTable(b -> b.tableName("orders") ...);
 *     client.putItem(b -> b.tableName("orders").item(item));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Each conditional write and each transaction is atomic.
 */
public final class InMemoryDynamoDb implements AutoCloseable {

    private final Database db;
    private final Faults faults = new Faults();
    private final EngineClient client;
    private final ScheduledExecutorService sweeper;
    private volatile ExecutorService asyncExecutor;
    private volatile EngineAsyncClient asyncClient;

    private InMemoryDynamoDb(Builder b) {
        this.db = new Database(b.clock);
        this.client = new EngineClient(db, faults);
        if (b.ttlSweepInterval != null) {
            sweeper = Executors.newSingleThreadScheduledExecutor(daemon("in-memory-dynamodb-ttl"));
            long millis = b.ttlSweepInterval.toMillis();
            sweeper.scheduleWithFixedDelay(this::sweepExpiredItems, millis, millis, TimeUnit.MILLISECONDS);
        } else {
            sweeper = null;
        }
    }

    /**
     * An engine on the system clock, with no background TTL sweep.
     *
     * <pre>{@code InMemoryDynamoDb engine = InMemoryDynamoDb.create();}</pre>
     *
     * @return a new, empty engine
     */
    public static InMemoryDynamoDb create() {
        return builder().build();
    }

    /**
     * A builder for an engine with another clock or a background TTL sweep.
     *
     * <pre>{@code InMemoryDynamoDb engine = InMemoryDynamoDb.builder().clock(clock).build();}</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The synchronous client. It may be closed freely; the data lives until the engine is closed.
     *
     * <pre>{@code DynamoDbClient client = engine.client();}</pre>
     *
     * @return the engine's sync client (always the same instance)
     */
    public DynamoDbClient client() {
        return client;
    }

    /**
     * The asynchronous client over the same tables; its futures complete on a small daemon
     * executor, and fail with a CompletionException whose cause is the SDK exception.
     *
     * <pre>{@code engine.asyncClient().getItem(request).thenAccept(r -> ...);}</pre>
     *
     * @return the engine's async client (always the same instance)
     */
    public DynamoDbAsyncClient asyncClient() {
        EngineAsyncClient c = asyncClient;
        if (c == null) {
            synchronized (this) {
                c = asyncClient;
                if (c == null) {
                    asyncExecutor = Executors.newCachedThreadPool(daemon("in-memory-dynamodb-async"));
                    c = new EngineAsyncClient(client, asyncExecutor);
                    asyncClient = c;
                }
            }
        }
        return c;
    }

    /**
     * Deletes, in every table with TTL enabled, the items whose TTL attribute is a number of epoch
     * seconds before now (by the engine's clock). Until swept, expired items are still returned, as
     * DynamoDB returns them until its background process deletes them.
     *
     * <pre>{@code int deleted = engine.sweepExpiredItems();}</pre>
     *
     * @return how many items were deleted
     */
    public int sweepExpiredItems() {
        long now = db.clock().instant().getEpochSecond();
        int deleted = 0;
        for (Table table : db.tables()) {
            if (table.ttlAttribute() == null) {
                continue;
            }
            table.lock().writeLock().lock();
            try {
                List<Map<String, AttributeValue>> expired = table.expiredKeys(now);
                for (Map<String, AttributeValue> item : expired) {
                    table.delete(item);
                }
                deleted += expired.size();
            } finally {
                table.lock().writeLock().unlock();
            }
        }
        return deleted;
    }

    /**
     * The fault policy: throttling and unprocessed batch items on purpose, for tests.
     *
     * <pre>{@code engine.faults().seed(1).unprocessedItems(0.5);}</pre>
     *
     * @return the engine's fault policy (always the same instance)
     */
    public Faults faults() {
        return faults;
    }

    /**
     * Stops the background TTL sweep and the async executor.
     *
     * <pre>{@code engine.close();}</pre>
     */
    @Override
    public void close() {
        db.close();
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        ExecutorService e = asyncExecutor;
        if (e != null) {
            e.shutdown();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Settings of an engine.
     *
     * <pre>{@code InMemoryDynamoDb.builder().clock(Clock.systemUTC()).ttlSweepInterval(Duration.ofSeconds(30)).build();}</pre>
     */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private Duration ttlSweepInterval;

        private Builder() {}

        /**
         * The clock for TTL and creation times (default: the system clock, UTC).
         *
         * <pre>{@code builder.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));}</pre>
         *
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sweeps expired items in the background at this interval (default: never; call
         * {@link InMemoryDynamoDb#sweepExpiredItems()}).
         *
         * <pre>{@code builder.ttlSweepInterval(Duration.ofSeconds(10));}</pre>
         *
         * @return this
         */
        public Builder ttlSweepInterval(Duration interval) {
            if (interval != null && (interval.isNegative() || interval.isZero())) {
                throw new IllegalArgumentException("ttlSweepInterval must be positive, found " + interval);
            }
            this.ttlSweepInterval = interval;
            return this;
        }

        /**
         * Builds the engine.
         *
         * <pre>{@code InMemoryDynamoDb engine = InMemoryDynamoDb.builder().build();}</pre>
         *
         * @return a new, empty engine
         */
        public InMemoryDynamoDb build() {
            return new InMemoryDynamoDb(this);
        }
    }
}
