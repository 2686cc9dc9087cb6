package io.genericrepo.internal.table;

import io.genericrepo.internal.execution.RetryPolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * What a builder decided, beside the client: the table name, data expiration, whether expired
 * items are hidden, batch retries and how many batch requests a repository keeps in flight.
 * Internal.
 *
 * @param tableName the table
 * @param dataExpiration how long after saving an item expires when its {@code @Ttl} is null, or null for never
 * @param hideExpired leave out items whose TTL has passed
 * @param retries batch retries
 * @param maxConcurrency batch requests in flight at once (async), segments of a parallel scan read at once
 * @param syncBatchThreads threads a sync repository's {@code saveAll} and {@code deleteAll} send
 *     their requests from (1: the caller's alone, one request after the other)
 * @param clock the time, for TTL
 */
public record RepositorySettings(String tableName, Duration dataExpiration, boolean hideExpired, RetryPolicy retries,
        int maxConcurrency, int syncBatchThreads, Clock clock) {}
