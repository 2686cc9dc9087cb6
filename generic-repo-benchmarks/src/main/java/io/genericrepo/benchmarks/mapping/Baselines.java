package io.genericrepo.benchmarks.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The check every benchmark runs before it measures anything: generic-repo's generated schema,
 * the hand-written mapper, the EC's static schema and the EC's bean schema write identical items
 * for the same products and read them back as equal products. A benchmark that compared mappers
 * writing different items would compare different work, so a difference fails the command.
 */
public final class Baselines {

    private static final int CHECKED = 500;

    private Baselines() {}

    /**
     * Checks the four mappers on {@value #CHECKED} sample products.
     *
     * @throws IllegalStateException naming the first product, mapper and attribute that differ
     */
    public static void check() {
        TableSchema<Product> ecStatic = EcSchemas.immutable();
        TableSchema<ProductBean> ecBean = EcSchemas.bean();
        for (Product product : SampleData.products(CHECKED, 7)) {
            Map<String, AttributeValue> ours = ProductSchema.INSTANCE.toItem(product);
            same(product, "hand-written toItem", ours, HandMapper.toItem(product));
            same(product, "EC static schema itemToMap", ours, ecStatic.itemToMap(product, true));
            same(product, "EC bean schema itemToMap", ours, ecBean.itemToMap(ProductBean.of(product), true));
            same(product, "generic-repo fromItem", product, ProductSchema.INSTANCE.fromItem(ours));
            same(product, "hand-written fromItem", product, HandMapper.fromItem(ours));
            same(product, "EC static schema mapToItem", product, ecStatic.mapToItem(ours));
            same(product, "EC bean schema mapToItem", product, ecBean.mapToItem(ours).toProduct());
            same(product, "generic-repo toKey", HandMapper.toKey(product),
                    ProductSchema.INSTANCE.toKey(ProductSchema.INSTANCE.keyOf(product)));
        }
    }

    private static void same(Product product, String what, Map<String, AttributeValue> expected,
            Map<String, AttributeValue> actual) {
        if (expected.equals(actual)) {
            return;
        }
        for (String name : union(expected, actual)) {
            if (!Objects.equals(expected.get(name), actual.get(name))) {
                throw new IllegalStateException("The baselines disagree, so the benchmark would compare different work: "
                        + what + " writes attribute " + name + " of product " + product.id() + " as " + actual.get(name)
                        + ", generic-repo as " + expected.get(name));
            }
        }
        throw new IllegalStateException(what + " differs from generic-repo for product " + product.id());
    }

    private static void same(Product product, String what, Product expected, Product actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("The baselines disagree: " + what + " read product " + product.id()
                    + " back as " + actual + ", expected " + expected);
        }
    }

    private static List<String> union(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return List.copyOf(names);
    }
}
