package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.MappingBenchmark;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The mapping group: {@link MappingBenchmark} under JMH with its GC profiler (allocation per
 * operation), each benchmark in its own forked JVM, in many short rounds that rotate the order of
 * the mappers, so that machine noise falls on all of them alike and the two sides of a ratio are
 * measured seconds apart. Each ratio is the median of the per-round ratios of ops/s, printed with
 * their range (the noise).
 */
final class MappingGroup {

    private static final List<String> MAPPERS = List.of("Ours", "Hand", "EcStatic", "EcBean");
    private static final Map<String, String> NAMES = Map.of("Ours", "generic-repo", "Hand", "hand-written",
            "EcStatic", "EC static schema", "EcBean", "EC bean schema");

    private final boolean quick;

    MappingGroup(boolean quick) {
        this.quick = quick;
    }

    void run(Results results) throws RunnerException {
        int rounds = quick ? 1 : 7;
        System.out.printf(Locale.ROOT, "mapping: JMH, 1 fork per benchmark, %s, %d round(s) rotating the order%n",
                quick ? "1 x 0.5 s warm-up, 2 x 0.5 s measured (quick: not for figures)"
                        : "2 x 0.5 s warm-up, 4 x 0.5 s measured", rounds);
        for (String operation : List.of("toItem", "fromItem")) {
            Map<String, double[]> opsPerSecond = new LinkedHashMap<>();
            Map<String, double[]> bytesPerOp = new LinkedHashMap<>();
            MAPPERS.forEach(m -> {
                opsPerSecond.put(m, new double[rounds]);
                bytesPerOp.put(m, new double[rounds]);
            });
            for (int round = 0; round < rounds; round++) {
                List<String> order = new ArrayList<>(MAPPERS);
                Collections.rotate(order, -round);
                for (String mapper : order) {
                    RunResult result = measure(operation + mapper);
                    opsPerSecond.get(mapper)[round] = result.getPrimaryResult().getScore();
                    Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
                    bytesPerOp.get(mapper)[round] = alloc == null ? Double.NaN : alloc.getScore();
                    System.out.printf(Locale.ROOT, "  round %d %-8s %-16s %,12.0f ops/s %,8.0f bytes/op%n", round + 1,
                            operation, NAMES.get(mapper), opsPerSecond.get(mapper)[round], bytesPerOp.get(mapper)[round]);
                }
            }
            report(operation, opsPerSecond, bytesPerOp, results);
        }
        results.note("mapping: JMH throughput of one " + "toItem/fromItem per operation over 1,024 distinct products, "
                + "allocation from JMH's GC profiler (gc.alloc.rate.norm); KB = 1,000 bytes; "
                + "ratios are medians of per-round ratios of ops/s");
    }

    private void report(String operation, Map<String, double[]> ops, Map<String, double[]> bytes, Results results) {
        double[] ours = ops.get("Ours");
        for (String baseline : List.of("Hand", "EcStatic", "EcBean")) {
            double[] perRound = ratios(ours, ops.get(baseline));
            double ratio = EngineBenchmark.median(perRound);
            String ratioText = Results.times(ratio) + Results.spread(perRound);
            String oursText = String.format(Locale.ROOT, "%,.0f ops/s", EngineBenchmark.median(ours));
            String baseText = String.format(Locale.ROOT, "%,.0f ops/s (%s)", EngineBenchmark.median(ops.get(baseline)),
                    NAMES.get(baseline));
            String figure = operation + " throughput vs " + NAMES.get(baseline);
            double goal = goal(operation, baseline);
            if (goal > 0) {
                results.add(figure, oursText, baseText, ratioText, "≥ " + goal + "×", ratio >= goal);
            } else {
                results.info(figure, oursText, baseText, ratioText);
            }
            System.out.printf(Locale.ROOT, "%-40s %s vs %s: %s%n", figure, oursText, baseText, ratioText);
        }
        double oursBytes = EngineBenchmark.median(bytes.get("Ours"));
        StringBuilder others = new StringBuilder();
        for (String baseline : List.of("Hand", "EcStatic", "EcBean")) {
            others.append(others.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,.0f B",
                    NAMES.get(baseline), EngineBenchmark.median(bytes.get(baseline))));
        }
        String figure = operation + " allocation per item";
        String oursText = String.format(Locale.ROOT, "%,.0f B", oursBytes);
        if (operation.equals("fromItem")) {
            results.add(figure, oursText, others.toString(), "—", "≤ 2.5 KB", oursBytes <= 2500);
        } else {
            results.info(figure, oursText, others.toString(), "—");
        }
        System.out.printf(Locale.ROOT, "%-40s %s (%s)%n", figure, oursText, others);
    }

    /** The goals: toItem at least as fast as the hand-written mapper and the EC's static schema; fromItem 1.3x the EC. */
    private static double goal(String operation, String baseline) {
        if (operation.equals("toItem")) {
            return baseline.equals("EcBean") ? 0 : 1.0;
        }
        return baseline.equals("Hand") ? 0 : 1.3;
    }

    private static double[] ratios(double[] ours, double[] baseline) {
        double[] ratios = new double[ours.length];
        for (int i = 0; i < ours.length; i++) {
            ratios[i] = ours[i] / baseline[i];
        }
        return ratios;
    }

    private RunResult measure(String benchmark) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(MappingBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(1)
                .warmupIterations(quick ? 1 : 2)
                .warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(quick ? 2 : 4)
                .measurementTime(TimeValue.milliseconds(500))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        java.util.Collection<RunResult> run = new Runner(options).run();
        if (run.size() != 1) {
            throw new IllegalStateException("JMH ran " + run.size() + " benchmarks for " + benchmark + ", expected 1");
        }
        return run.iterator().next();
    }
}
