package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.Product;
import io.genericrepo.benchmarks.mapping.ProductBean;
import io.genericrepo.benchmarks.mapping.ProductKey;
import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.benchmarks.mapping.SampleData;
import java.net.URI;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A fresh JVM of the first-request group: the first GetItem of an application, from building the
 * client to the product in hand: generic-repo's repository with the builder's own client
 * ({@code endpoint}, {@code region}, {@code credentials}), or the EC's bean table over a
 * {@code DynamoDbClient} with the SDK's default HTTP client (the highest-priority one on the class
 * path: Apache 5, which the SDK's {@code dynamodb} artifact brings). Prints the milliseconds from
 * the start of the work; the parent times the whole process.
 */
public final class FirstRequestChild {

    private FirstRequestChild() {}

    /**
     * @param args {@code ours} or {@code ec}, the endpoint, the table holding product 0 of category c-0
     */
    public static void main(String[] args) {
        URI endpoint = URI.create(args[1]);
        String table = args[2];
        Product expected = SampleData.product(0, "c-0");
        long start = System.nanoTime();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        Product found;
        if (args[0].equals("ours")) {
            try (ProductRepository repo = ProductRepository.builder().endpoint(endpoint).region("us-east-1")
                    .credentials(credentials).tableName(table).build()) {
                found = repo.loadOrThrow(new ProductKey("c-0", expected.id()));
            }
        } else {
            try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(credentials).build()) {
                DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
                DynamoDbTable<ProductBean> products = enhanced.table(table, TableSchema.fromBean(ProductBean.class));
                found = products.getItem(Key.builder().partitionValue("c-0").sortValue(expected.id()).build()).toProduct();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (!found.equals(expected)) {
            throw new IllegalStateException(args[0] + " read " + found + ", expected " + expected);
        }
        System.out.printf(Locale.ROOT, "%.1f%n", elapsed);
    }
}
