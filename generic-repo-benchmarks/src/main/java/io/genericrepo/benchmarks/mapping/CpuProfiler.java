package io.genericrepo.benchmarks.mapping;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler: the CPU time the benchmark's JVM used per wall-clock time of each iteration
 * ({@code cpu.share}, in cores). On a quiet machine it is about 1; on a shared machine it drops
 * when other processes take the cores, and ops/s divided by it (throughput per CPU second) is
 * what the mapper costs, unskewed by them.
 */
public final class CpuProfiler implements InternalProfiler {

    private long cpuStart;
    private long wallStart;

    /** For JMH. */
    public CpuProfiler() {}

    @Override
    public String getDescription() {
        return "process CPU time per wall-clock time of each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = processCpuNanos();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        double share = (processCpuNanos() - cpuStart) / (double) (System.nanoTime() - wallStart);
        return List.of(new ScalarResult("cpu.share", share, "cores", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
