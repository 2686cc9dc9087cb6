package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.Product;
import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.benchmarks.mapping.SampleData;
import io.genericrepo.testing.DynaliteServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A fresh JVM of the dynalite group: the live heap of one saveAll. It builds the products (held
 * by both sides alike), measures the heap in use after a full GC, then saves them, with generic-repo
 * or the raw loop, one chunk in flight, while a sampler measures the heap after a full GC every
 * 250 ms; prints the most above the starting heap (bytes), the samples taken and the seconds.
 * The forced GCs slow the run: this run measures memory, not speed.
 */
public final class HeapChild {

    private HeapChild() {}

    /**
     * @param args {@code ours} or {@code raw}, the endpoint, the table, the number of products
     */
    public static void main(String[] args) throws Exception {
        boolean ours = args[0].equals("ours");
        String table = args[2];
        List<Product> products = SampleData.products(Integer.parseInt(args[3]), 100);
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(args[1])).region(Region.US_EAST_1)
                .credentialsProvider(DynaliteServer.credentials()).build();
                ProductRepository repo = ProductRepository.builder().client(client).tableName(table).maxConcurrency(1).build()) {
            // one chunk each way first, so that the classes and connections of both are loaded before the start heap
            if (ours) {
                repo.saveAll(products.subList(0, 25));
            } else {
                RawSdk.saveAll(client, table, products.subList(0, 25), 1);
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = usedAfterGc(memory);
            AtomicLong most = new AtomicLong(before);
            AtomicLong samples = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    most.accumulateAndGet(usedAfterGc(memory), Math::max);
                    samples.incrementAndGet();
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            long start = System.nanoTime();
            sampler.start();
            if (ours) {
                repo.saveAll(products);
            } else {
                RawSdk.saveAll(client, table, products, 1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            done.set(true);
            sampler.interrupt();
            sampler.join();
            System.out.printf(Locale.ROOT, "%d %d %.2f%n", most.get() - before, samples.get(), seconds);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
