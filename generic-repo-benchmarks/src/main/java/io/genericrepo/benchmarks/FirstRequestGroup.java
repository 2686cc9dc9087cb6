package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.ProductRepository;
import io.genericrepo.benchmarks.mapping.SampleData;
import io.genericrepo.testing.DynaliteServer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The first-request group: {@link FirstRequestChild} for generic-repo and for the EC, in fresh
 * JVMs launched in turn against dynalite, timed as the whole process (the figure an application's
 * start-up sees) and in-process; medians, and medians of the per-round ratios.
 */
final class FirstRequestGroup {

    private static final String TABLE = "bench-first";

    private final int rounds;

    FirstRequestGroup(boolean quick) {
        this.rounds = quick ? 3 : 11;
    }

    void run(Results results) throws IOException, InterruptedException {
        try (DynaliteServer dynalite = DynaliteServer.start(); DynamoDbClient client = dynalite.newClient();
                ProductRepository repo = ProductRepository.builder().client(client).tableName(TABLE).build()) {
            repo.createTable();
            repo.save(SampleData.product(0, "c-0"));
            String endpoint = dynalite.endpoint().toString();
            double[][] wall = new double[2][rounds];
            double[][] inProcess = new double[2][rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < 2; i++) {
                    int side = round % 2 == 0 ? i : 1 - i;
                    Forks.Output output = Forks.run(List.of(), FirstRequestChild.class, side == 0 ? "ours" : "ec", endpoint,
                            TABLE);
                    wall[side][round] = output.wallMillis();
                    inProcess[side][round] = Double.parseDouble(output.last());
                }
                ratios[round] = wall[0][round] / wall[1][round];
            }
            double ours = EngineBenchmark.median(wall[0]);
            double ec = EngineBenchmark.median(wall[1]);
            double ratio = EngineBenchmark.median(ratios);
            System.out.printf(Locale.ROOT, "first request: %d fresh JVMs each, alternating; generic-repo %.0f ms whole process"
                    + " (%.0f ms in-process), EC %.0f ms (%.0f ms in-process): %s%n", rounds, ours,
                    EngineBenchmark.median(inProcess[0]), ec, EngineBenchmark.median(inProcess[1]), Results.times(ratio));
            results.add("cold first request, whole process: ours (builder's own client) / EC (SDK default client)",
                    String.format(Locale.ROOT, "%.0f ms (%.0f ms in-process)", ours, EngineBenchmark.median(inProcess[0])),
                    String.format(Locale.ROOT, "%.0f ms (%.0f ms in-process, EC fromBean)", ec,
                            EngineBenchmark.median(inProcess[1])), Results.times(ratio) + Results.spread(ratios), "≤ 0.7×",
                    ratio <= 0.7);
            results.note("first request: a fresh JVM builds its client and mapper and reads one item from dynalite;"
                    + " ours with the repository builder's own client, the EC with DynamoDbClient.builder()'s default"
                    + " HTTP client; whole process = launch to exit");
        }
    }
}
