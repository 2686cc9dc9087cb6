package io.genericrepo.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cold group: the mapper ready in a fresh JVM ({@link ColdChild}), for generic-repo, the
 * hand-written mapper and the EC's bean and static schemas, in fresh JVMs launched in turn (one of
 * each per round, the order rotating), timed in-process and as the whole process; medians, and
 * medians of the per-round ratios with their range.
 */
final class ColdGroup {

    private static final List<String> MAPPERS = List.of("ours", "hand", "ec-bean", "ec-static");
    private static final Map<String, String> NAMES = Map.of("ours", "generic-repo", "hand", "hand-written",
            "ec-bean", "EC fromBean", "ec-static", "EC static schema");

    private final int rounds;

    ColdGroup(boolean quick) {
        this.rounds = quick ? 3 : 11;
    }

    void run(Results results) throws IOException, InterruptedException {
        Map<String, double[]> inProcess = new LinkedHashMap<>();
        Map<String, double[]> wall = new LinkedHashMap<>();
        MAPPERS.forEach(m -> {
            inProcess.put(m, new double[rounds]);
            wall.put(m, new double[rounds]);
        });
        for (int round = 0; round < rounds; round++) {
            List<String> order = new ArrayList<>(MAPPERS);
            Collections.rotate(order, -round);
            for (String mapper : order) {
                Forks.Output output = Forks.run(List.of(), ColdChild.class, mapper);
                inProcess.get(mapper)[round] = Double.parseDouble(output.last());
                wall.get(mapper)[round] = output.wallMillis();
            }
        }
        System.out.printf(Locale.ROOT, "cold: %d fresh JVMs per mapper, alternating; medians%n", rounds);
        for (String mapper : MAPPERS) {
            System.out.printf(Locale.ROOT, "  %-18s ready %7.2f ms in-process, whole process %6.0f ms%n", NAMES.get(mapper),
                    EngineBenchmark.median(inProcess.get(mapper)), EngineBenchmark.median(wall.get(mapper)));
        }
        double[] oursVsHand = ratios(inProcess.get("ours"), inProcess.get("hand"));
        double oursVsHandMedian = EngineBenchmark.median(oursVsHand);
        results.add("mapper ready in a fresh JVM (in-process): ours / hand-written", ms(inProcess, "ours"),
                ms(inProcess, "hand") + " (hand-written)", text(oursVsHand), "≤ 1.1×", oursVsHandMedian <= 1.1);
        double[] beanVsOurs = ratios(inProcess.get("ec-bean"), inProcess.get("ours"));
        double beanVsOursMedian = EngineBenchmark.median(beanVsOurs);
        results.add("mapper ready in a fresh JVM (in-process): EC fromBean / ours", ms(inProcess, "ours"),
                ms(inProcess, "ec-bean") + " (EC fromBean)", text(beanVsOurs), "≥ 3× (EC slower)", beanVsOursMedian >= 3);
        results.info("mapper ready in a fresh JVM (in-process): EC static / ours", ms(inProcess, "ours"),
                ms(inProcess, "ec-static") + " (EC static schema)", text(ratios(inProcess.get("ec-static"),
                        inProcess.get("ours"))));
        for (String baseline : List.of("hand", "ec-bean", "ec-static")) {
            results.info("mapper ready, whole process (JVM start to exit): ours / " + NAMES.get(baseline), ms(wall, "ours"),
                    ms(wall, baseline) + " (" + NAMES.get(baseline) + ")", text(ratios(wall.get("ours"), wall.get(baseline))));
        }
        results.note("cold: " + rounds + " fresh JVMs per mapper, launched in turn; in-process = schema class"
                + " initialisation or construction + first toItem + first fromItem, after building the same product;"
                + " ratios are medians of per-round ratios");
    }

    private static String text(double[] perRound) {
        return Results.times(EngineBenchmark.median(perRound)) + Results.spread(perRound);
    }

    private static String ms(Map<String, double[]> samples, String mapper) {
        return String.format(Locale.ROOT, "%.1f ms", EngineBenchmark.median(samples.get(mapper)));
    }

    static double[] ratios(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return ratios;
    }
}
