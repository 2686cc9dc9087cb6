package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.Product;
import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.testing.DynaliteServer;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A fresh JVM of the dynalite group, run with a small heap: scans a whole table as a stream of
 * products, with generic-repo or the raw loop, keeping none of them; prints the count, a checksum
 * (both sides must agree) and the seconds.
 */
public final class ScanChild {

    private ScanChild() {}

    /**
     * @param args {@code ours} or {@code raw}, the endpoint, the table
     */
    public static void main(String[] args) {
        boolean ours = args[0].equals("ours");
        String table = args[2];
        long[] countAndSum = new long[2];
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(args[1])).region(Region.US_EAST_1)
                .credentialsProvider(DynaliteServer.credentials()).build();
                ProductRepository repo = ProductRepository.builder().client(client).tableName(table).build()) {
            long start = System.nanoTime();
            if (ours) {
                try (Stream<Product> products = repo.scan().stream()) {
                    products.forEach(p -> add(countAndSum, p));
                }
            } else {
                RawSdk.scan(client, table, p -> add(countAndSum, p));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d %d %.2f%n", countAndSum[0], countAndSum[1], seconds);
        }
    }

    private static void add(long[] countAndSum, Product product) {
        countAndSum[0]++;
        countAndSum[1] += product.views() + product.quantity() + product.createdAt().getNano();
    }
}
