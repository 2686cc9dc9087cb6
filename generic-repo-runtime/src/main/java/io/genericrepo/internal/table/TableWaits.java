package io.genericrepo.internal.table;

import java.time.Duration;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How long and how often to wait for a new table to become active. The SDK's default waits 20 s
 * between polls, which turns a local table that is active a millisecond later into a 20 s pause;
 * this polls from 50 ms, doubling up to 2 s, for at most 10 minutes. Internal.
 */
public final class TableWaits {

    /** The waiter settings. */
    public static final WaiterOverrideConfiguration ACTIVE = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofSeconds(2)))
            .maxAttempts(Integer.MAX_VALUE)
            .waitTimeout(Duration.ofMinutes(10))
            .build();

    private TableWaits() {}
}
