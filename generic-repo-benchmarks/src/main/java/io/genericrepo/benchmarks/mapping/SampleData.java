package io.genericrepo.benchmarks.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic products for every benchmark. Values are chosen so that each library's own
 * default text for them is the same (no trailing fraction zeros in {@code total}, prices whose
 * {@code Double.toString} has no exponent): the items must be identical, see {@link Baselines}.
 */
public final class SampleData {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private SampleData() {}

    /**
     * @param i the product's number
     * @param category its partition key
     * @return the product
     */
    public static Product product(int i, String category) {
        return new Product(category, String.format("p-%07d", i), i % 100, 1_000L * i + 7, (i % 1000) + 0.25,
                BigDecimal.valueOf(10L * i + 3, 2), EPOCH.plusSeconds(i).plusNanos(1 + (i * 7_919L) % 999_999_999L),
                i % 2 == 0, Product.Status.values()[i % 3], List.of("tag-" + (i % 7), "sale"));
    }

    /**
     * @param count how many
     * @param categories over how many partition keys, round robin
     * @return products 0 to count - 1
     */
    public static List<Product> products(int count, int categories) {
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            products.add(product(i, "c-" + (i % categories)));
        }
        return products;
    }
}
