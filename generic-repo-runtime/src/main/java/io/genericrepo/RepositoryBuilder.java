package io.genericrepo;

import io.genericrepo.internal.execution.PlainHttp;
import io.genericrepo.internal.execution.SyncExecutor;
import java.util.Objects;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The builder of a synchronous repository: the settings every repository shares
 * ({@link BuilderSettings}), and the client. Either hand in a client you own ({@link #client}),
 * or let the repository build one ({@code region}, {@code endpoint}, {@code credentials}) that it
 * closes on {@code close()}; with none of them, the SDK's default region and credentials are used.
 * The client the repository builds sends its requests with the SDK's URLConnection HTTP client
 * (unless the SDK's system property {@code software.amazon.awssdk.http.service.impl} names
 * another); for any other HTTP client, build the {@link DynamoDbClient} yourself and pass it in.
 *
 * <pre>{@code
 * OrderRepository orders = OrderRepository.builder()
 *         .client(dynamoDbClient)
 *         .tableName("dev-orders")
 *         .build();
 * }</pre>
 *
 * @param <B> the generated builder
 * @param <R> the repository it builds
 */
public abstract class RepositoryBuilder<B extends RepositoryBuilder<B, R>, R> extends BuilderSettings<B> {

    private DynamoDbClient client;

    /** For generated builders. */
    protected RepositoryBuilder() {}

    /** @return the repository */
    public abstract R build();

    /**
     * Uses a client the caller owns; the repository never closes it.
     *
     * @param client the client
     * @return this builder
     */
    public B client(DynamoDbClient client) {
        this.client = Objects.requireNonNull(client, "client");
        return self();
    }

    /** @return the executor over the given client or one built from the settings */
    SyncExecutor syncExecutor() {
        if (client != null) {
            checkNoClientSettings();
            return new SyncExecutor(client, false);
        }
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        configure(builder);
        if (SdkSystemSetting.SYNC_HTTP_SERVICE_IMPL.getStringValue().isEmpty()) {
            if (PlainHttp.isPlain(endpoint())) {
                builder.httpClient(PlainHttp.client()); // no TLS set-up for a plain-HTTP endpoint
            } else {
                builder.httpClientBuilder(UrlConnectionHttpClient.builder()); // small and quick to start
            }
        }
        return new SyncExecutor(buildClient(builder::build), true);
    }
}
