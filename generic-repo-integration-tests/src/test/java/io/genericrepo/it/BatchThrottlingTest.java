package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.BatchWriteException;
import io.genericrepo.it.model.Customer;
import io.genericrepo.testing.DynaliteServer;
import io.genericrepo.testing.DynaliteExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Throttling is retried by one layer only: by the SDK when its client retries (the batch loop then
 * does not try again), by the batch loop when the client does not. Every attempt is counted where
 * the SDK sends it, so a chunk tried the SDK's attempts times the batch's would show.
 */
@ExtendWith(DynaliteExtension.class)
@Tag("http") // the SDK's own retries exist only on a client the SDK built, not on the engine's
class BatchThrottlingTest {

    private static final int SDK_ATTEMPTS = 3;
    private static final int BATCH_ATTEMPTS = 5;

    /** Throttles every attempt of every batch request, counting them. */
    static final class Throttle implements ExecutionInterceptor {
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean on;

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (!on) {
                return;
            }
            if (context.request() instanceof BatchWriteItemRequest) {
                writes.incrementAndGet();
            } else if (context.request() instanceof BatchGetItemRequest) {
                reads.incrementAndGet();
            } else {
                return;
            }
            throw ProvisionedThroughputExceededException.builder().statusCode(400).message("injected throttling")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("injected throttling").build())
                    .build();
        }
    }

    private static RetryStrategy sdkRetries() {
        return AwsRetryStrategy.forRetryMode(RetryMode.STANDARD).toBuilder().maxAttempts(SDK_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build();
    }

    private static Flavour.Clients clients(DynaliteServer server, Throttle throttle, RetryStrategy retries) {
        return new Flavour.Clients(
                server.clientBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(throttle).retryStrategy(retries))
                        .build(),
                server.asyncClientBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(throttle)
                        .retryStrategy(retries)).build());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void throttlingTheSdkRetriedIsNotRetriedAgainByTheBatch(Flavour f, DynaliteServer server) {
        Throttle throttle = new Throttle();
        Flavour.Clients clients = clients(server, throttle, sdkRetries());
        try (Repo<Customer, String, String> customers = f.customers(clients, "throttled-sdk", b -> b
                .batchRetries(BATCH_ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(2)))) {
            customers.createTable();
            throttle.on = true;
            List<Customer> ten = IntStream.range(0, 10).mapToObj(i -> new Customer("id-" + i, "n", null)).toList();
            BatchWriteException e = assertThrows(BatchWriteException.class, () -> customers.saveAll(ten));
            assertEquals(10, e.unprocessed().size(), "every item is reported");
            assertEquals(SDK_ATTEMPTS, throttle.writes.get(), "the SDK's attempts, not times the batch's");
            assertTrue(e.getSuppressed().length > 0 && e.getSuppressed()[0] instanceof ProvisionedThroughputExceededException,
                    "the throttling is attached");
            assertThrows(ProvisionedThroughputExceededException.class, () -> customers.loadAll(List.of("id-1", "id-2")));
            assertEquals(SDK_ATTEMPTS, throttle.reads.get());
        } finally {
            clients.sync().close();
            clients.async().close();
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void withoutSdkRetriesTheBatchRetriesThrottling(Flavour f, DynaliteServer server) {
        Throttle throttle = new Throttle();
        Flavour.Clients clients = clients(server, throttle, AwsRetryStrategy.doNotRetry());
        try (Repo<Customer, String, String> customers = f.customers(clients, "throttled-batch", b -> b
                .batchRetries(BATCH_ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(2)))) {
            customers.createTable();
            throttle.on = true;
            List<Customer> ten = IntStream.range(0, 10).mapToObj(i -> new Customer("id-" + i, "n", null)).toList();
            BatchWriteException e = assertThrows(BatchWriteException.class, () -> customers.saveAll(ten));
            assertEquals(10, e.unprocessed().size());
            assertEquals(BATCH_ATTEMPTS, throttle.writes.get(), "the batch's own attempts");
            throttle.on = false;
            customers.saveAll(ten);
            assertEquals(10, customers.count(), "written once the throttling stops");
        } finally {
            clients.sync().close();
            clients.async().close();
        }
    }
}
