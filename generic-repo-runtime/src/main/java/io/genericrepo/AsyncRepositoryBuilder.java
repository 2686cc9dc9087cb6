package io.genericrepo;

import io.genericrepo.internal.execution.AsyncExecutor;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * The builder of an async repository: the settings every repository shares
 * ({@link BuilderSettings}), and the async client. The runtime brings no async HTTP client: for
 * the repository to build its own client ({@code region}, {@code endpoint}, {@code credentials}),
 * add the SDK's {@code software.amazon.awssdk:netty-nio-client} or {@code aws-crt-client} to the
 * application (the SDK picks the one it finds), or pass a client with {@link #client}.
 *
 * <pre>{@code
 * OrderAsyncRepository orders = OrderAsyncRepository.builder().client(dynamoDbAsyncClient).build();
 * }</pre>
 *
 * @param <B> the generated builder
 * @param <R> the repository it builds
 */
public abstract class AsyncRepositoryBuilder<B extends AsyncRepositoryBuilder<B, R>, R> extends BuilderSettings<B> {

    private DynamoDbAsyncClient client;

    /** For generated builders. */
    protected AsyncRepositoryBuilder() {}

    /** @return the repository */
    public abstract R build();

    /**
     * Uses a client the caller owns; the repository never closes it.
     *
     * @param client the client
     * @return this builder
     */
    public B client(DynamoDbAsyncClient client) {
        this.client = Objects.requireNonNull(client, "client");
        return self();
    }

    /** @return the executor over the given client or one built from the settings */
    AsyncExecutor asyncExecutor() {
        if (client != null) {
            checkNoClientSettings();
            return new AsyncExecutor(client, false);
        }
        DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder();
        configure(builder);
        try {
            return new AsyncExecutor(buildClient(builder::build), true);
        } catch (SdkClientException e) {
            if (!String.valueOf(e.getMessage()).contains("Unable to load an HTTP implementation")) {
                throw e;
            }
            throw new IllegalStateException("The async repository's own client needs an async HTTP client, and none"
                    + " is on the classpath: add software.amazon.awssdk:netty-nio-client or"
                    + " software.amazon.awssdk:aws-crt-client (versions from the AWS SDK's BOM) to the application,"
                    + " or build a DynamoDbAsyncClient yourself and pass it with .client(...)", e);
        }
    }
}
