package io.genericrepo.benchmarks;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import io.genericrepo.testing.DynaliteServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The embedded engine's benchmark command: one run prints
 * <ol>
 *   <li>cold start: in fresh JVMs, the time from {@code main} (and from JVM start) to the first
 *       answered GetItem through {@code engine.client()}, median of several JVMs;</li>
 *   <li>throughput of PutItem, GetItem and a 100-item Query through the SDK interface, on the
 *       engine and on dynalite over loopback HTTP, in alternating rounds of the same run, as the
 *       median ratio engine / dynalite;</li>
 *   <li>memory: the heap that 100,000 items of about 1 KB take in a fresh JVM, as a multiple of their
 *       DynamoDB item size.</li>
 * </ol>
 * Ratios, not absolute numbers, are what to compare across runs: the machine is shared.
 *
 * <p>{@code mvn -B -q -pl generic-repo-benchmarks -am verify -DskipTests -Pbench-engine}
 */
public final class EngineBenchmark {

    private static final int COLD_JVMS = 5;
    private static final int ROUNDS = 5;

    private EngineBenchmark() {}

    /**
     * @param args none for the whole benchmark; {@code cold} or {@code memory} for one child JVM's part
     */
    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        switch (part) {
            case "cold" -> cold();
            case "cold-sdk" -> ColdSdkFloor.run();
            case "memory" -> MemoryFootprint.run();
            default -> all();
        }
    }

    private static void all() throws Exception {
        System.out.printf(Locale.ROOT, "engine benchmark on %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        coldStarts();
        throughput();
        List<String> memory = child("memory");
        memory.forEach(System.out::println);
    }

    /** In a child JVM: from main to the first answered GetItem, and from JVM start. */
    private static void cold() {
        long mainStart = System.nanoTime();
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.create()) {
            DynamoDbClient client = engine.client();
            Workload.createTable(client, "cold");
            client.putItem(b -> b.tableName("cold").item(Workload.item(1, "x")));
            Map<String, ?> item = client.getItem(b -> b.tableName("cold").key(Workload.key(1))).item();
            long fromMain = System.nanoTime() - mainStart;
            long fromJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            if (item.isEmpty()) {
                throw new IllegalStateException("the first GetItem found nothing");
            }
            System.out.printf(Locale.ROOT, "%.1f %d%n", fromMain / 1e6, fromJvm);
        }
    }

    /**
     * Alternates fresh JVMs that answer the first GetItem on the engine with fresh JVMs that only build
     * the same SDK requests and responses (the floor any SDK-based code pays for the model classes).
     */
    private static void coldStarts() throws IOException, InterruptedException {
        double[] fromMain = new double[COLD_JVMS];
        double[] fromJvm = new double[COLD_JVMS];
        double[] floor = new double[COLD_JVMS];
        for (int i = 0; i < COLD_JVMS; i++) {
            String[] parts = child("cold").get(0).trim().split(" ");
            fromMain[i] = Double.parseDouble(parts[0]);
            fromJvm[i] = Double.parseDouble(parts[1]);
            floor[i] = Double.parseDouble(child("cold-sdk").get(0).trim());
        }
        System.out.printf(Locale.ROOT, "cold start: first GetItem answered %.1f ms after main (%.0f ms after JVM start);"
                + " building the same SDK requests and responses alone takes %.1f ms, so the engine's own share is"
                + " %.1f ms (medians of %d fresh JVMs each; goal: <= 50 ms in-process)%n", median(fromMain), median(fromJvm),
                median(floor), median(fromMain) - median(floor), COLD_JVMS);
    }

    private static void throughput() {
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.create(); DynaliteServer dynalite = DynaliteServer.start();
                DynamoDbClient http = dynalite.newClient()) {
            Workload onEngine = new Workload(engine.client(), "bench");
            Workload onDynalite = new Workload(http, "bench");
            long dynalitePid = dynalite.pid();
            long cpuBefore = Processes.cpuMillis(dynalitePid);
            long wallBefore = System.nanoTime();
            report("PutItem", onEngine::put, onDynalite::put);
            report("GetItem", onEngine::get, onDynalite::get);
            report("Query (100 items)", onEngine::query, onDynalite::query);
            long cpu = Processes.cpuMillis(dynalitePid) - cpuBefore;
            long wall = (System.nanoTime() - wallBefore) / 1_000_000;
            if (cpu >= 0) {
                System.out.printf(Locale.ROOT, "dynalite used %d ms of CPU in %d ms (%.0f%% of one core): it is"
                        + " single-threaded, so its figures are bounded by that core%n", cpu, wall, 100.0 * cpu / wall);
            }
        }
    }

    /** Alternating rounds on both sides; each round times a fixed number of operations on each. */
    private static void report(String name, IntConsumer engine, IntConsumer dynalite) {
        int dynaliteOps = name.startsWith("Query") ? 50 : 300;
        int engineOps = dynaliteOps * 50;
        warmUp(engine, engineOps);
        warmUp(dynalite, dynaliteOps / 3);
        double[] ratios = new double[ROUNDS];
        double[] engineRates = new double[ROUNDS];
        double[] dynaliteRates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            engineRates[r] = rate(engine, engineOps);
            dynaliteRates[r] = rate(dynalite, dynaliteOps);
            ratios[r] = engineRates[r] / dynaliteRates[r];
        }
        System.out.printf(Locale.ROOT, "%-18s engine %,10.0f ops/s   dynalite %,8.0f ops/s   ratio %6.1fx"
                + " (median of %d paired rounds; goal >= 20x)%n", name, median(engineRates), median(dynaliteRates),
                median(ratios), ROUNDS);
    }

    private static void warmUp(IntConsumer op, int count) {
        for (int i = 0; i < count; i++) {
            op.accept(i);
        }
    }

    private static double rate(IntConsumer op, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            op.accept(i);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Runs this class in a fresh JVM with the same class path and returns what it printed. */
    private static List<String> child(String part) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                EngineBenchmark.class.getName(), part).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (process.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("the " + part + " child JVM failed: " + lines);
        }
        return lines;
    }
}
