package io.genericrepo.benchmarks;

import java.util.Locale;

/**
 * Paired timing against dynalite: generic-repo and the raw baseline run the same work in turn
 * (the order swapped every round), each run timed and charged with the CPU time dynalite used in
 * it (dynalite is single-threaded: near 100% of one core means it, not the client, was the limit).
 */
final class Paired {

    /** Work to time. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * @param oursSeconds generic-repo's median seconds
     * @param rawSeconds the baseline's median seconds
     * @param ratio the median over rounds of raw seconds / ours seconds: ours' throughput per the baseline's
     * @param oursCpuShare dynalite's median CPU use during generic-repo's runs, as a share of one core
     * @param rawCpuShare the same during the baseline's runs
     * @param ratios the per-round ratios
     */
    record Outcome(double oursSeconds, double rawSeconds, double ratio, double oursCpuShare, double rawCpuShare,
            double[] ratios) {

        /** @return the ratio with the range of the rounds */
        String ratioText() {
            return Results.times(ratio) + Results.spread(ratios);
        }

        /** @return ours' throughput in items per second for {@code items} items a run */
        double oursRate(int items) {
            return items / oursSeconds;
        }

        double rawRate(int items) {
            return items / rawSeconds;
        }
    }

    private final long dynalitePid;
    private final int rounds;

    Paired(long dynalitePid, int rounds) {
        this.dynalitePid = dynalitePid;
        this.rounds = rounds;
    }

    Outcome measure(String label, int items, Work ours, Work raw) throws Exception {
        double[] oursSeconds = new double[rounds];
        double[] rawSeconds = new double[rounds];
        double[] oursCpu = new double[rounds];
        double[] rawCpu = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean oursFirst = round % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isOurs = (side == 0) == oursFirst;
                long cpuBefore = Processes.cpuMillis(dynalitePid);
                long start = System.nanoTime();
                (isOurs ? ours : raw).run();
                double seconds = (System.nanoTime() - start) / 1e9;
                long cpu = cpuBefore < 0 ? -1 : Processes.cpuMillis(dynalitePid) - cpuBefore;
                double share = cpu < 0 ? Double.NaN : cpu / 1000.0 / seconds;
                (isOurs ? oursSeconds : rawSeconds)[round] = seconds;
                (isOurs ? oursCpu : rawCpu)[round] = share;
                System.out.printf(Locale.ROOT, "  round %d %-34s %-12s %7.2f s %,9.0f items/s   dynalite CPU %s%n", round + 1,
                        label, isOurs ? "generic-repo" : "raw SDK", seconds, items / seconds, cpuText(cpu, share));
            }
            ratios[round] = rawSeconds[round] / oursSeconds[round];
        }
        return new Outcome(EngineBenchmark.median(oursSeconds), EngineBenchmark.median(rawSeconds),
                EngineBenchmark.median(ratios), EngineBenchmark.median(oursCpu), EngineBenchmark.median(rawCpu), ratios);
    }

    static String cpuText(long cpuMillis, double share) {
        return cpuMillis < 0 ? "n/a (external endpoint)"
                : String.format(Locale.ROOT, "%,d ms (%.0f%% of one core)", cpuMillis, 100 * share);
    }
}
