package io.genericrepo;

import io.genericrepo.internal.SyncExecutor;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The settings every generated repository builder shares: where the client comes from and which
 * table to use. Either hand in a client you own ({@link #client}), or let the repository build
 * one ({@link #region}, {@link #endpoint}, {@link #credentials}) that it closes on
 * {@code close()}; with none of them, the SDK's default region and credentials are used.
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
public abstract class RepositoryBuilder<B extends RepositoryBuilder<B, R>, R> {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private DynamoDbClient client;
    private Region region;
    private URI endpoint;
    private AwsCredentialsProvider credentials;
    private String tableName;

    /** For generated builders. */
    protected RepositoryBuilder() {}

    /** @return this builder, typed as the generated one */
    protected abstract B self();

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

    /**
     * Has the repository build its own client in this region.
     *
     * @param region such as {@code "eu-north-1"}
     * @return this builder
     */
    public B region(String region) {
        return region(Region.of(Objects.requireNonNull(region, "region")));
    }

    /**
     * Has the repository build its own client in this region.
     *
     * @param region the region
     * @return this builder
     */
    public B region(Region region) {
        this.region = Objects.requireNonNull(region, "region");
        return self();
    }

    /**
     * Has the repository build its own client for this endpoint, such as a local test server.
     *
     * @param endpoint such as {@code URI.create("http://localhost:4567")}
     * @return this builder
     */
    public B endpoint(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        return self();
    }

    /**
     * Credentials for the client the repository builds (default: the SDK's provider chain).
     *
     * @param credentials the provider
     * @return this builder
     */
    public B credentials(AwsCredentialsProvider credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /**
     * Overrides {@code @Table(name)}, for example per stage.
     *
     * @param tableName 3 to 255 characters of {@code [a-zA-Z0-9_.-]}
     * @return this builder
     * @throws IllegalArgumentException if the name is not a valid DynamoDB table name
     */
    public B tableName(String tableName) {
        Objects.requireNonNull(tableName, "tableName");
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName(\"" + tableName
                    + "\") is not a valid DynamoDB table name: 3-255 characters of [a-zA-Z0-9_.-]");
        }
        this.tableName = tableName;
        return self();
    }

    /**
     * @param schemaTableName the name from {@code @Table}
     * @return the name to use
     */
    protected String tableNameOr(String schemaTableName) {
        return tableName != null ? tableName : schemaTableName;
    }

    /** @return the executor over the given client or one built from the settings */
    SyncExecutor syncExecutor() {
        if (client != null) {
            if (region != null || endpoint != null || credentials != null) {
                throw new IllegalStateException("Set either client(...) or region/endpoint/credentials, not both:"
                        + " a repository does not change a client it was given");
            }
            return new SyncExecutor(client, false);
        }
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        if (region != null) {
            builder.region(region);
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        return new SyncExecutor(builder.build(), true);
    }
}
