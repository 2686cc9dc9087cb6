package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.Product;
import io.genericrepo.benchmarks.mapping.ProductAsyncRepository;
import io.genericrepo.benchmarks.mapping.ProductKey;
import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.benchmarks.mapping.SampleData;
import io.genericrepo.testing.DynaliteServer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The dynalite group: generic-repo's batch writes and reads against the raw SDK loops of
 * {@link RawSdk} on dynalite, started by the command on a free port, both sides on the same
 * clients and the same data: saveAll sync (1 and 4 chunks in flight) and async (4 and 8),
 * loadAll, a query of one partition; then, in forked JVMs ({@link HeapAndScan}), saveAll's live
 * heap and a scan streamed in a 64 MB heap.
 */
final class DynaliteGroup {

    private final boolean quick;
    private final int saveItems;
    private final int queryItems;
    private final int rounds;

    DynaliteGroup(boolean quick) {
        this.quick = quick;
        this.saveItems = quick ? 1_000 : 10_000;
        this.queryItems = quick ? 500 : 5_000;
        this.rounds = quick ? 1 : 3;
    }

    void run(Results results) throws Exception {
        InFlight inFlight = new InFlight();
        try (DynaliteServer dynalite = DynaliteServer.start();
                DynamoDbClient client = dynalite.clientBuilder()
                        .overrideConfiguration(c -> c.addExecutionInterceptor(inFlight)).build();
                DynamoDbAsyncClient async = dynalite.asyncClientBuilder().build()) {
            System.out.printf(Locale.ROOT, "dynalite at %s (pid %d); %,d items per saveAll, %d round(s), both sides on"
                    + " the same SDK clients%n", dynalite.endpoint(), dynalite.pid(), saveItems, rounds);
            Paired paired = new Paired(dynalite.pid(), rounds);
            for (String table : List.of("bench-save-ours", "bench-save-raw", "bench-read")) {
                try (ProductRepository repo = ProductRepository.builder().client(client).tableName(table).build()) {
                    repo.createTable();
                }
            }
            List<Product> products = SampleData.products(saveItems, 100);
            syncWrites(results, client, inFlight, paired, products);
            asyncWrites(results, async, paired, products);
            reads(results, client, paired, products);
            new HeapAndScan(quick, dynalite, client).run(results);
        }
    }

    private void syncWrites(Results results, DynamoDbClient client, InFlight inFlight, Paired paired, List<Product> products)
            throws Exception {
        try (ProductRepository one = repo(client, "bench-save-ours", 1);
                ProductRepository four = repo(client, "bench-save-ours", 4)) {
            warmUp(() -> one.saveAll(products.subList(0, products.size() / 5)),
                    () -> RawSdk.saveAll(client, "bench-save-raw", products.subList(0, products.size() / 5), 1));
            Paired.Outcome c1 = paired.measure("saveAll sync, 1 in flight", saveItems, () -> one.saveAll(products),
                    () -> RawSdk.saveAll(client, "bench-save-raw", products, 1));
            addWrite(results, "saveAll of " + count(saveItems) + " items, sync, 1 in flight", c1);

            inFlight.reset();
            four.saveAll(products.subList(0, Math.min(products.size(), 500)));
            int most = inFlight.most();
            if (most < 2) {
                results.notMeasured("saveAll of " + count(saveItems) + " items, sync, 4 in flight", "≥ 0.95× raw",
                        "sync saveAll sent one chunk at a time with maxConcurrency(4) in this build");
                System.out.println("  sync saveAll with maxConcurrency(4) had at most " + most
                        + " request in flight: not concurrent in this build, so the 4-in-flight figure is n/a");
                return;
            }
            Paired.Outcome c4 = paired.measure("saveAll sync, 4 in flight", saveItems, () -> four.saveAll(products),
                    () -> RawSdk.saveAll(client, "bench-save-raw", products, 4));
            addWrite(results, "saveAll of " + count(saveItems) + " items, sync, 4 in flight", c4);
        }
    }

    private void asyncWrites(Results results, DynamoDbAsyncClient async, Paired paired, List<Product> products)
            throws Exception {
        for (int concurrency : new int[] {4, 8}) {
            try (ProductAsyncRepository repo = ProductAsyncRepository.builder().client(async).tableName("bench-save-ours")
                    .maxConcurrency(concurrency).build()) {
                warmUp(() -> repo.saveAll(products.subList(0, products.size() / 5)).join(),
                        () -> RawSdk.saveAllAsync(async, "bench-save-raw", products.subList(0, products.size() / 5),
                                concurrency).join());
                Paired.Outcome outcome = paired.measure("saveAll async, " + concurrency + " in flight", saveItems,
                        () -> repo.saveAll(products).join(),
                        () -> RawSdk.saveAllAsync(async, "bench-save-raw", products, concurrency).join());
                addWrite(results, "saveAll of " + count(saveItems) + " items, async, " + concurrency + " in flight", outcome);
            }
        }
    }

    private void reads(Results results, DynamoDbClient client, Paired paired, List<Product> products) throws Exception {
        List<Product> partition = IntStream.range(0, queryItems).mapToObj(i -> SampleData.product(i, "q")).toList();
        RawSdk.saveAll(client, "bench-read", products, 4);
        RawSdk.saveAll(client, "bench-read", partition, 4);
        List<ProductKey> keys = products.stream().map(p -> new ProductKey(p.category(), p.id())).toList();
        try (ProductRepository repo = repo(client, "bench-read", 1)) {
            same("loadAll", repo.loadAll(keys), RawSdk.loadAll(client, "bench-read", products), products);
            same("query", repo.query("q").list(), RawSdk.query(client, "bench-read", "q"), partition);
            Paired.Outcome loadAll = paired.measure("loadAll of " + count(saveItems) + " keys", saveItems,
                    () -> check(repo.loadAll(keys), saveItems), () -> check(RawSdk.loadAll(client, "bench-read", products),
                            saveItems));
            addRead(results, "loadAll of " + count(saveItems) + " keys, sync", saveItems, loadAll);
            Paired.Outcome query = paired.measure("query of " + count(queryItems) + " items", queryItems,
                    () -> check(repo.query("q").list(), queryItems),
                    () -> check(RawSdk.query(client, "bench-read", "q"), queryItems));
            addRead(results, "query of " + count(queryItems) + " items (one partition), sync", queryItems, query);
        }
    }

    private static ProductRepository repo(DynamoDbClient client, String table, int concurrency) {
        return ProductRepository.builder().client(client).tableName(table).maxConcurrency(concurrency).build();
    }

    private static void warmUp(Paired.Work ours, Paired.Work raw) throws Exception {
        ours.run();
        raw.run();
    }

    private void addWrite(Results results, String figure, Paired.Outcome outcome) {
        results.add(figure, rate(outcome.oursRate(saveItems), outcome.oursCpuShare()),
                rate(outcome.rawRate(saveItems), outcome.rawCpuShare()) + " (raw SDK 25-item loop)", outcome.ratioText(),
                "≥ 0.95×", outcome.ratio() >= 0.95);
    }

    private static void addRead(Results results, String figure, int items, Paired.Outcome outcome) {
        results.info(figure, rate(outcome.oursRate(items), outcome.oursCpuShare()),
                rate(outcome.rawRate(items), outcome.rawCpuShare()) + " (raw SDK)", outcome.ratioText() + " (keep)");
    }

    static String rate(double itemsPerSecond, double dynaliteCpuShare) {
        return String.format(Locale.ROOT, "%,.0f items/s (dynalite CPU %s)", itemsPerSecond,
                Double.isNaN(dynaliteCpuShare) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * dynaliteCpuShare));
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void check(List<Product> found, int expected) {
        if (found.size() != expected) {
            throw new IllegalStateException("read " + found.size() + " products, expected " + expected);
        }
    }

    /** Both sides must read exactly the products written, or the timings compare different work. */
    private static void same(String what, List<Product> ours, List<Product> raw, List<Product> expected) {
        Comparator<Product> byKey = Comparator.comparing(Product::category).thenComparing(Product::id);
        List<Product> want = expected.stream().sorted(byKey).toList();
        if (!ours.stream().sorted(byKey).toList().equals(want)) {
            throw new IllegalStateException(what + ": generic-repo read " + ours.size() + " products that differ from the "
                    + want.size() + " written");
        }
        if (!raw.stream().sorted(byKey).toList().equals(want)) {
            throw new IllegalStateException(what + ": the raw SDK loop read " + raw.size() + " products that differ from the "
                    + want.size() + " written");
        }
    }
}
