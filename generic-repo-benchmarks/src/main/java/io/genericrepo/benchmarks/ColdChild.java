package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.EcSchemas;
import io.genericrepo.benchmarks.mapping.HandMapper;
import io.genericrepo.benchmarks.mapping.Product;
import io.genericrepo.benchmarks.mapping.ProductBean;
import io.genericrepo.benchmarks.mapping.ProductSchema;
import io.genericrepo.benchmarks.mapping.SampleData;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A fresh JVM of the cold group: builds one product (not timed: the same for every mapper), then
 * times the mapper's first use: its schema's class initialisation (or construction), the first
 * toItem and the first fromItem; prints the milliseconds. Kept apart from the other benchmark
 * classes so that the JVM loads nothing else.
 */
public final class ColdChild {

    private ColdChild() {}

    /**
     * @param args {@code ours}, {@code hand}, {@code ec-bean} or {@code ec-static}
     */
    public static void main(String[] args) {
        Product product = SampleData.product(42, "c-1");
        long start = System.nanoTime();
        Product back = switch (args[0]) {
            case "ours" -> {
                Map<String, AttributeValue> item = ProductSchema.INSTANCE.toItem(product);
                yield ProductSchema.INSTANCE.fromItem(item);
            }
            case "hand" -> HandMapper.fromItem(HandMapper.toItem(product));
            case "ec-bean" -> {
                TableSchema<ProductBean> schema = EcSchemas.bean();
                yield schema.mapToItem(schema.itemToMap(ProductBean.of(product), true)).toProduct();
            }
            case "ec-static" -> {
                TableSchema<Product> schema = EcSchemas.immutable();
                yield schema.mapToItem(schema.itemToMap(product, true));
            }
            default -> throw new IllegalArgumentException("unknown mapper " + args[0]);
        };
        long elapsed = System.nanoTime() - start;
        if (!back.equals(product)) {
            throw new IllegalStateException(args[0] + " read back " + back + ", expected " + product);
        }
        System.out.printf(Locale.ROOT, "%.2f%n", elapsed / 1e6);
    }
}
