package io.genericrepo;

import io.genericrepo.internal.execution.SyncExecutor;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The builder of a synchronous repository: the settings every repository shares
 * ({@link BuilderSettings}), and the client. Either hand in a client you own ({@link #client}),
 * or let the repository build one ({@code region}, {@code endpoint}, {@code credentials}) that it
 * closes on {@code close()}; with none of them, the SDK's default region and credentials are used.
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
        return new SyncExecutor(buildClient(builder::build), true);
    }
}
