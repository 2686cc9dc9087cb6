package io.genericrepo.benchmarks.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * JMH: one {@code toItem} or {@code fromItem} of a {@link Product} per operation, by generic-repo's
 * generated schema ({@code ours}), the hand-written mapper ({@code hand}), the EC's static schema
 * ({@code ecStatic}) and the EC's bean schema ({@code ecBean}), over 1,024 distinct products in
 * turn. The setup first checks that all four write identical items ({@link Baselines}). Run by
 * {@code PerfBenchmark}'s mapping group, or alone with JMH's own runner.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MappingBenchmark {

    private static final int SIZE = 1024;

    private final List<Product> products = new ArrayList<>(SIZE);
    private final List<ProductBean> beans = new ArrayList<>(SIZE);
    private final List<Map<String, AttributeValue>> items = new ArrayList<>(SIZE);
    private TableSchema<Product> ecStatic;
    private TableSchema<ProductBean> ecBean;
    private int next;

    /** For JMH. */
    public MappingBenchmark() {}

    /** Checks the baselines and prepares the products, their beans and their items. */
    @Setup
    public void setUp() {
        Baselines.check();
        ecStatic = EcSchemas.immutable();
        ecBean = EcSchemas.bean();
        for (Product product : SampleData.products(SIZE, 16)) {
            products.add(product);
            beans.add(ProductBean.of(product));
            items.add(HandMapper.toItem(product));
        }
    }

    private int next() {
        next = (next + 1) & (SIZE - 1);
        return next;
    }

    /** @return the item */
    @Benchmark
    public Map<String, AttributeValue> toItemOurs() {
        return ProductSchema.INSTANCE.toItem(products.get(next()));
    }

    /** @return the item */
    @Benchmark
    public Map<String, AttributeValue> toItemHand() {
        return HandMapper.toItem(products.get(next()));
    }

    /** @return the item */
    @Benchmark
    public Map<String, AttributeValue> toItemEcStatic() {
        return ecStatic.itemToMap(products.get(next()), true);
    }

    /** @return the item */
    @Benchmark
    public Map<String, AttributeValue> toItemEcBean() {
        return ecBean.itemToMap(beans.get(next()), true);
    }

    /** @return the product */
    @Benchmark
    public Product fromItemOurs() {
        return ProductSchema.INSTANCE.fromItem(items.get(next()));
    }

    /** @return the product */
    @Benchmark
    public Product fromItemHand() {
        return HandMapper.fromItem(items.get(next()));
    }

    /** @return the product */
    @Benchmark
    public Product fromItemEcStatic() {
        return ecStatic.mapToItem(items.get(next()));
    }

    /** @return the bean */
    @Benchmark
    public ProductBean fromItemEcBean() {
        return ecBean.mapToItem(items.get(next()));
    }
}
