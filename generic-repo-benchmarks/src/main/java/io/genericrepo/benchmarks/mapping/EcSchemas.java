package io.genericrepo.benchmarks.mapping;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The Enhanced Client's two ways to map {@link Product}: the annotated bean through
 * {@code TableSchema.fromBean} (reflection and generated lambdas at start-up), and a static schema
 * written out by hand over the record itself and a builder (no reflection: the EC's fastest form).
 */
public final class EcSchemas {

    private EcSchemas() {}

    /** @return the bean schema, built now (what a fresh JVM pays on first use) */
    public static TableSchema<ProductBean> bean() {
        return TableSchema.fromBean(ProductBean.class);
    }

    /** @return the static schema over the record, built now */
    public static TableSchema<Product> immutable() {
        return StaticImmutableTableSchema.builder(Product.class, Builder.class)
                .newItemBuilder(Builder::new, Builder::build)
                .addAttribute(String.class, a -> a.name("category").getter(Product::category).setter(Builder::category)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("id").getter(Product::id).setter(Builder::id)
                        .tags(primarySortKey()))
                .addAttribute(Integer.class, a -> a.name("quantity").getter(Product::quantity).setter(Builder::quantity))
                .addAttribute(Long.class, a -> a.name("views").getter(Product::views).setter(Builder::views))
                .addAttribute(Double.class, a -> a.name("price").getter(Product::price).setter(Builder::price))
                .addAttribute(BigDecimal.class, a -> a.name("total").getter(Product::total).setter(Builder::total))
                .addAttribute(Instant.class, a -> a.name("createdAt").getter(Product::createdAt)
                        .setter(Builder::createdAt).attributeConverter(new InstantText()))
                .addAttribute(Boolean.class, a -> a.name("active").getter(Product::active).setter(Builder::active))
                .addAttribute(Product.Status.class, a -> a.name("status").getter(Product::status).setter(Builder::status))
                .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags").getter(Product::tags)
                        .setter(Builder::tags))
                .build();
    }

    /** The mutable builder the EC's immutable schema fills while reading an item. */
    public static final class Builder {
        private String category;
        private String id;
        private int quantity;
        private long views;
        private double price;
        private BigDecimal total;
        private Instant createdAt;
        private boolean active;
        private Product.Status status;
        private List<String> tags;

        void category(String value) {
            category = value;
        }

        void id(String value) {
            id = value;
        }

        void quantity(Integer value) {
            quantity = value;
        }

        void views(Long value) {
            views = value;
        }

        void price(Double value) {
            price = value;
        }

        void total(BigDecimal value) {
            total = value;
        }

        void createdAt(Instant value) {
            createdAt = value;
        }

        void active(Boolean value) {
            active = value;
        }

        void status(Product.Status value) {
            status = value;
        }

        void tags(List<String> value) {
            tags = value;
        }

        Product build() {
            return new Product(category, id, quantity, views, price, total, createdAt, active, status, tags);
        }
    }
}
