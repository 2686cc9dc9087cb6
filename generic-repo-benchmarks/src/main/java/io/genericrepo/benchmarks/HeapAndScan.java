package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.testing.DynaliteServer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The forked part of the dynalite group: saveAll's live heap ({@link HeapChild}, one JVM per side)
 * and a whole-table scan streamed in a 64 MB heap ({@link ScanChild}, alternating JVMs), over the
 * items the raw heap run wrote.
 */
final class HeapAndScan {

    private static final long MB = 1_000_000;
    /** What "a bounded number of chunks" may add: a 25-item chunk of these items is some 50 KB. */
    private static final long HEAP_ALLOWANCE = 2 * MB;

    private final int items;
    private final int scanRounds;
    private final DynaliteServer dynalite;
    private final DynamoDbClient client;

    HeapAndScan(boolean quick, DynaliteServer dynalite, DynamoDbClient client) {
        this.items = quick ? 5_000 : 100_000;
        this.scanRounds = quick ? 1 : 3;
        this.dynalite = dynalite;
        this.client = client;
    }

    void run(Results results) throws IOException, InterruptedException {
        for (String table : List.of("bench-heap-ours", "bench-heap-raw")) {
            try (ProductRepository repo = ProductRepository.builder().client(client).tableName(table).build()) {
                repo.createTable();
            }
        }
        heap(results);
        scan(results);
    }

    private void heap(Results results) throws IOException, InterruptedException {
        long[] extra = new long[2];
        for (int side = 0; side < 2; side++) {
            String name = side == 0 ? "ours" : "raw";
            long cpuBefore = Processes.cpuMillis(dynalite.pid());
            Forks.Output output = Forks.run(List.of("-Xmx1g"), HeapChild.class, name, dynalite.endpoint().toString(),
                    "bench-heap-" + name, Integer.toString(items));
            long cpu = cpuBefore < 0 ? -1 : Processes.cpuMillis(dynalite.pid()) - cpuBefore;
            String[] parts = output.last().split(" ");
            extra[side] = Long.parseLong(parts[0]);
            double seconds = Double.parseDouble(parts[2]);
            System.out.printf(Locale.ROOT, "  saveAll of %,d items, live heap above the input: %-12s %6.1f MB (%s samples after"
                    + " a full GC, %.1f s with the GCs)   dynalite CPU %s%n", items, side == 0 ? "generic-repo" : "raw SDK",
                    extra[side] / (double) MB, parts[1], seconds, Paired.cpuText(cpu, cpu / 1000.0 / seconds));
        }
        results.add("live heap during a sync saveAll of " + DynaliteGroup.count(items) + " items (above the input list)",
                mb(extra[0]), mb(extra[1]) + " (raw SDK 25-item loop)",
                String.format(Locale.ROOT, "%+.1f MB", (extra[0] - extra[1]) / (double) MB), "≤ raw + 2 MB",
                extra[0] <= extra[1] + HEAP_ALLOWANCE);
        results.note("live heap: the most heap in use after a full GC, sampled every 250 ms during the saveAll (1 in flight)"
                + " in a fresh JVM per side, minus the heap in use before it (which holds the input list on both sides)");
    }

    private void scan(Results results) throws IOException, InterruptedException {
        double[] oursSeconds = new double[scanRounds];
        double[] rawSeconds = new double[scanRounds];
        double[] ratios = new double[scanRounds];
        boolean oursCompleted = true;
        boolean rawCompleted = true;
        for (int round = 0; round < scanRounds; round++) {
            String[] result = new String[2];
            for (int i = 0; i < 2; i++) {
                int side = round % 2 == 0 ? i : 1 - i;
                String name = side == 0 ? "ours" : "raw";
                long cpuBefore = Processes.cpuMillis(dynalite.pid());
                Forks.Output output = Forks.runAllowingFailure(List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                        ScanChild.class, name, dynalite.endpoint().toString(), "bench-heap-raw");
                long cpu = cpuBefore < 0 ? -1 : Processes.cpuMillis(dynalite.pid()) - cpuBefore;
                if (output.exitCode() != 0) {
                    System.out.printf(Locale.ROOT, "  round %d scan in a 64 MB heap: %s did not complete (exit code %d)%n",
                            round + 1, name, output.exitCode());
                    if (side == 0) {
                        oursCompleted = false;
                    } else {
                        rawCompleted = false;
                    }
                    continue;
                }
                String[] parts = output.last().split(" ");
                if (Long.parseLong(parts[0]) != items) {
                    throw new IllegalStateException("the " + name + " scan read " + parts[0] + " items, expected " + items);
                }
                result[side] = parts[0] + " " + parts[1];
                double seconds = Double.parseDouble(parts[2]);
                (side == 0 ? oursSeconds : rawSeconds)[round] = seconds;
                System.out.printf(Locale.ROOT, "  round %d scan of %,d items in a 64 MB heap %-12s %7.2f s %,9.0f items/s"
                        + "   dynalite CPU %s%n", round + 1, items, side == 0 ? "generic-repo" : "raw SDK", seconds,
                        items / seconds, Paired.cpuText(cpu, cpu / 1000.0 / seconds));
            }
            if (result[0] != null && result[1] != null && !result[0].equals(result[1])) {
                throw new IllegalStateException("the scans disagree: generic-repo read " + result[0] + " (count checksum), the"
                        + " raw loop " + result[1]);
            }
            ratios[round] = rawSeconds[round] / oursSeconds[round];
        }
        String figure = "scan of " + DynaliteGroup.count(items) + " items streamed in a 64 MB heap (forked JVM)";
        if (!oursCompleted || !rawCompleted) {
            results.add(figure, oursCompleted ? "completes" : "did not complete", rawCompleted ? "completes" : "did not complete",
                    "n/a", "completes", oursCompleted);
            return;
        }
        double ours = EngineBenchmark.median(oursSeconds);
        double raw = EngineBenchmark.median(rawSeconds);
        results.add(figure, String.format(Locale.ROOT, "completes, %,.0f items/s", items / ours),
                String.format(Locale.ROOT, "completes, %,.0f items/s (raw SDK)", items / raw),
                Results.times(EngineBenchmark.median(ratios)) + Results.spread(ratios) + " (keep)", "completes", true);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
