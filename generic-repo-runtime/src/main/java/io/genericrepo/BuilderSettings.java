package io.genericrepo;

import io.genericrepo.internal.execution.RetryPolicy;
import io.genericrepo.internal.table.RepositorySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/**
 * The settings the sync and async repository builders share: how to build a client when none is
 * given, which table, data expiration, expired items, and batch retries.
 *
 * <pre>{@code
 * OrderRepository orders = OrderRepository.builder()
 *         .region("eu-north-1")
 *         .tableName("prod-orders")
 *         .dataExpiration(Duration.ofDays(90))
 *         .batchRetries(8, Duration.ofMillis(100), Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * @param <B> the generated builder
 */
public abstract class BuilderSettings<B extends BuilderSettings<B>> {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private Region region;
    private URI endpoint;
    private AwsCredentialsProvider credentials;
    private String tableName;
    private Duration dataExpiration;
    private boolean hideExpired = true;
    private RetryPolicy retries = RetryPolicy.DEFAULT;
    private int maxConcurrency = 4;
    private boolean maxConcurrencySet;
    private Clock clock = Clock.systemUTC();

    BuilderSettings() {}

    /** @return this builder, typed as the generated one */
    protected abstract B self();

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
     * Has the repository build its own client for this endpoint, such as a local test server. The
     * client still needs a region and credentials: a local server accepts any, so set both unless
     * the SDK's defaults (such as {@code AWS_REGION}) provide them:
     *
     * <pre>{@code
     * .endpoint(URI.create("http://localhost:8000"))
     * .region("us-east-1")
     * .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
     * }</pre>
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
     * How long after saving an item expires when its {@code @Ttl} component is null (the Python
     * package's {@code data_expiration_days}); overrides {@code @Table(ttlDays)}.
     * {@code Duration.ZERO} turns filling off.
     *
     * @param expiration a non-negative duration
     * @return this builder
     */
    public B dataExpiration(Duration expiration) {
        if (Objects.requireNonNull(expiration, "expiration").isNegative()) {
            throw new IllegalArgumentException("dataExpiration(" + expiration + ") must not be negative");
        }
        this.dataExpiration = expiration;
        return self();
    }

    /**
     * Whether reads leave out items whose TTL has passed (default true): DynamoDB deletes expired
     * items only eventually, often days later.
     *
     * @param hide false to return expired items until DynamoDB deletes them
     * @return this builder
     */
    public B hideExpiredItems(boolean hide) {
        this.hideExpired = hide;
        return self();
    }

    /**
     * How batch operations retry unprocessed items and throttling: exponential backoff with full
     * jitter (default: 10 attempts, from 50 ms, at most 5 s apart).
     *
     * @param maxAttempts requests per chunk, the first included
     * @param baseDelay the first retry's largest wait
     * @param maxDelay the largest wait
     * @return this builder
     */
    public B batchRetries(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        this.retries = new RetryPolicy(maxAttempts, Objects.requireNonNull(baseDelay, "baseDelay"),
                Objects.requireNonNull(maxDelay, "maxDelay"));
        return self();
    }

    /**
     * How many requests run at once: the batch requests of an async repository (default 4); the
     * segments of a parallel scan (default 4; read on at most this many threads by a sync
     * repository); and the requests of a sync repository's {@code saveAll} and {@code deleteAll}
     * (default 1, one after the other on the caller's thread; when set, sent from at most this many
     * threads of the call's own, and the call returns once all have ended).
     *
     * <pre>{@code OrderRepository orders = OrderRepository.builder().client(client).maxConcurrency(4).build();}</pre>
     *
     * @param requests at least 1
     * @return this builder
     */
    public B maxConcurrency(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("maxConcurrency(" + requests + ") must be at least 1");
        }
        this.maxConcurrency = requests;
        this.maxConcurrencySet = true;
        return self();
    }

    /**
     * The clock that decides TTL (default: the system clock in UTC); for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param schema the generated schema
     * @return the settings for it
     */
    RepositorySettings settings(TableSchema<?, ?> schema) {
        TableMetadata metadata = schema.metadata();
        Duration expiration = dataExpiration != null ? dataExpiration
                : metadata.ttlDays() > 0 ? Duration.ofDays(metadata.ttlDays()) : null;
        if (expiration != null && expiration.isZero()) {
            expiration = null;
        }
        if (expiration != null && metadata.ttlAttribute() == null && metadata.entityTag() != null) {
            expiration = null; // an entity without @Ttl, in a single table whose other entities expire
        }
        if (expiration != null && metadata.ttlAttribute() == null) {
            throw new IllegalStateException("dataExpiration(" + dataExpiration + ") needs a @Ttl component in "
                    + metadata.recordName() + " to hold the expiry time");
        }
        return new RepositorySettings(tableName != null ? tableName : metadata.tableName(), expiration, hideExpired,
                retries, maxConcurrency, maxConcurrencySet ? maxConcurrency : 1, clock);
    }

    /** @return the endpoint set, or null */
    URI endpoint() {
        return endpoint;
    }

    /** Refuses client settings beside a given client. */
    void checkNoClientSettings() {
        if (region != null || endpoint != null || credentials != null) {
            throw new IllegalStateException("Set either client(...) or region/endpoint/credentials, not both:"
                    + " a repository does not change a client it was given");
        }
    }

    /**
     * @param builder a client builder to set region, endpoint and credentials on
     */
    void configure(AwsClientBuilder<?, ?> builder) {
        if (region != null) {
            builder.region(region);
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        } else {
            builder.credentialsProvider(new CredentialsHint());
        }
    }

    /**
     * Builds the client the repository owns; where the SDK finds no region, says which builder
     * method sets one.
     *
     * @param build the client builder's {@code build}
     * @param <C> the client
     * @return the client
     */
    <C> C buildClient(Supplier<C> build) {
        try {
            return build.get();
        } catch (SdkClientException e) {
            if (region != null || !String.valueOf(e.getMessage()).contains("region")) {
                throw e;
            }
            throw new IllegalStateException("The repository's client has no AWS region: call .region(\"eu-north-1\")"
                    + " on the repository builder" + (endpoint == null ? "" : " (any region will do for endpoint "
                    + endpoint + ")") + ", set the AWS_REGION environment variable, or pass your own client with"
                    + " .client(...). The SDK said: " + e.getMessage(), e);
        }
    }

    /**
     * The SDK's default credentials chain, for a client the repository builds without
     * {@code credentials(...)}: where the chain finds nothing, the failure says which builder
     * method to call. (Resolving throws on the caller's thread, sync and async alike, so the
     * message reaches the caller as it is.)
     */
    private final class CredentialsHint implements AwsCredentialsProvider {
        private final AwsCredentialsProvider chain = DefaultCredentialsProvider.builder().build();

        @Override
        public AwsCredentials resolveCredentials() {
            try {
                return chain.resolveCredentials();
            } catch (SdkClientException e) {
                throw SdkClientException.builder().cause(e).message("The repository's client found no AWS"
                        + " credentials: call .credentials(...) on the repository builder"
                        + (endpoint == null ? "" : " (a local endpoint such as " + endpoint + " accepts any, for"
                        + " example StaticCredentialsProvider.create(AwsBasicCredentials.create(\"local\", \"local\")))")
                        + ", configure the SDK's default chain (environment, profile, instance role), or pass your"
                        + " own client with .client(...). The SDK said: " + e.getMessage()).build();
            }
        }
    }
}
