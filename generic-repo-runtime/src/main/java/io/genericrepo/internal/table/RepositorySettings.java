package io.genericrepo.internal.table;

import io.genericrepo.internal.execution.RetryPolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * What a builder decided, beside the client: the table name, data expiration, whether expired
 * items are hidden, batch retries and how many batch requests an async repository keeps in
 * flight. Internal.
 *
 * @param tableName the table
 * @param dataExpiration how long after saving an item expires when its {@code @Ttl} is null, or null for never
 * @param hideExpired leave out items whose TTL has passed
 * @param retries batch retries
 * @param maxConcurrency batch requests in flight at once (async)
 * @param clock the time, for TTL
 */
public record RepositorySettings(String tableName, Duration dataExpiration, boolean hideExpired, RetryPolicy retries,
        int maxConcurrency, Clock clock) {}
