package io.genericrepo.testing;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where the project's own integration tests run: the embedded engine, or a DynamoDB-compatible
 * server over HTTP (the pinned dynalite, or any endpoint named by
 * {@value DynaliteServer#ENDPOINT_VARIABLE}). One test source runs on each, chosen by the system
 * property {@value #PROPERTY} ({@code engine} or {@code dynalite}), so that every repository test
 * case is checked on both.
 */
public interface Backend extends AutoCloseable {

    /** The system property that picks the backend of a test run. */
    String PROPERTY = "genericrepo.backend";

    /** The backends. */
    enum Kind { ENGINE, DYNALITE }

    /** @return which backend this is */
    Kind kind();

    /** @return a new sync client, with {@code interceptors} around each request */
    DynamoDbClient client(ExecutionInterceptor... interceptors);

    /** @return a new async client, with {@code interceptors} around each request */
    DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors);

    /**
     * @param futureCompletion where the client completes its futures (the SDK's
     *     {@code FUTURE_COMPLETION_EXECUTOR}), for tests that need to know on which thread they complete
     * @return a new async client, with {@code interceptors} around each request
     */
    DynamoDbAsyncClient asyncClient(Executor futureCompletion, ExecutionInterceptor... interceptors);

    /**
     * @return a new sync client whose SDK does not retry (for tests that count every attempt); on the
     *     engine, whose client has no SDK retries, the same as {@link #client}
     */
    DynamoDbClient clientWithoutRetries(ExecutionInterceptor... interceptors);

    /** @return a new async client whose SDK does not retry */
    DynamoDbAsyncClient asyncClientWithoutRetries(ExecutionInterceptor... interceptors);

    /** @return the HTTP endpoint, for tests of the repository builder's own client; empty on the engine */
    Optional<URI> endpoint();

    @Override
    void close();

    /** @return the backend the system property names (the engine when it is not set) */
    static Kind configured() {
        String name = System.getProperty(PROPERTY, "engine").trim().toUpperCase(Locale.ROOT);
        try {
            return Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + name.toLowerCase(Locale.ROOT)
                    + " is not a backend: use engine or dynalite", e);
        }
    }

    /** @return a started backend of that kind */
    static Backend start(Kind kind) {
        return kind == Kind.ENGINE ? engine(InMemoryDynamoDb.create()) : dynalite(DynaliteServer.start());
    }

    /** @return the engine as a backend (closing the backend closes the engine) */
    static Backend engine(InMemoryDynamoDb engine) {
        return new Backend() {
            @Override
            public Kind kind() {
                return Kind.ENGINE;
            }

            @Override
            public DynamoDbClient client(ExecutionInterceptor... interceptors) {
                return Intercepted.sync(engine.client(), List.of(interceptors));
            }

            @Override
            public DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors) {
                return Intercepted.async(engine.asyncClient(), List.of(interceptors));
            }

            @Override
            public DynamoDbAsyncClient asyncClient(Executor futureCompletion, ExecutionInterceptor... interceptors) {
                return Intercepted.async(engine.asyncClient(), List.of(interceptors), futureCompletion);
            }

            @Override
            public DynamoDbClient clientWithoutRetries(ExecutionInterceptor... interceptors) {
                return client(interceptors);
            }

            @Override
            public DynamoDbAsyncClient asyncClientWithoutRetries(ExecutionInterceptor... interceptors) {
                return asyncClient(interceptors);
            }

            @Override
            public Optional<URI> endpoint() {
                return Optional.empty();
            }

            @Override
            public void close() {
                engine.close();
            }

            @Override
            public String toString() {
                return "engine";
            }
        };
    }

    /** @return the server as a backend (closing the backend stops the server) */
    static Backend dynalite(DynaliteServer server) {
        return new Backend() {
            @Override
            public Kind kind() {
                return Kind.DYNALITE;
            }

            @Override
            public DynamoDbClient client(ExecutionInterceptor... interceptors) {
                return server.clientBuilder().overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors))).build();
            }

            @Override
            public DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors) {
                return server.asyncClientBuilder().overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
                        .build();
            }

            @Override
            public DynamoDbAsyncClient asyncClient(Executor futureCompletion, ExecutionInterceptor... interceptors) {
                return server.asyncClientBuilder().overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
                        .asyncConfiguration(a -> a.advancedOption(SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR,
                                futureCompletion))
                        .build();
            }

            @Override
            public DynamoDbClient clientWithoutRetries(ExecutionInterceptor... interceptors) {
                return server.clientBuilder().overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors))
                        .retryStrategy(AwsRetryStrategy.doNotRetry())).build();
            }

            @Override
            public DynamoDbAsyncClient asyncClientWithoutRetries(ExecutionInterceptor... interceptors) {
                return server.asyncClientBuilder().overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors))
                        .retryStrategy(AwsRetryStrategy.doNotRetry())).build();
            }

            @Override
            public Optional<URI> endpoint() {
                return Optional.of(server.endpoint());
            }

            @Override
            public void close() {
                server.close();
            }

            @Override
            public String toString() {
                return "dynalite at " + server.endpoint();
            }
        };
    }
}
