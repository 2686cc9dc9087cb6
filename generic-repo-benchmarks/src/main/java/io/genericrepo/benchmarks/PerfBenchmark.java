package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.Baselines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * generic-repo's benchmark command: generic-repo against the AWS SDK's Enhanced Client (bean and
 * static schemas) and hand-written SDK code on the same 10-attribute record, each figure a ratio
 * paired within the run (the sides measured alternately, medians), ending with a summary table
 * that is also written to {@code target/bench-results.md}. Groups:
 * <ul>
 *   <li>{@code cold}: the mapper ready in a fresh JVM ({@link ColdGroup});</li>
 *   <li>{@code mapping}: JMH toItem/fromItem throughput and allocation ({@link MappingGroup});</li>
 *   <li>{@code dynalite}: saveAll, loadAll, query, scan and saveAll's live heap against dynalite,
 *       started by the command ({@link DynaliteGroup});</li>
 *   <li>{@code first-request}: the first request of a fresh process ({@link FirstRequestGroup}).</li>
 * </ul>
 * Before anything is measured, every mapper must write identical items ({@link Baselines}).
 *
 * <p>{@code mvn -B -q -pl generic-repo-benchmarks -am verify -DskipTests -Pbench
 * [-Dbench.groups=cold,mapping,dynalite,first-request] [-Dbench.quick=true]}
 */
public final class PerfBenchmark {

    static final List<String> GROUPS = List.of("cold", "mapping", "dynalite", "first-request");

    private PerfBenchmark() {}

    /**
     * Runs the groups named by {@code -Dbench.groups} (default all), quickly with
     * {@code -Dbench.quick=true}, and writes the summary to {@code -Dbench.results}.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        Set<String> groups = groups(System.getProperty("bench.groups", String.join(",", GROUPS)));
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        Path resultsFile = Path.of(System.getProperty("bench.results", "target/bench-results.md"));
        List<String> header = header(groups, quick);
        header.forEach(System.out::println);

        Baselines.check();
        System.out.println("baselines: generic-repo, hand-written, EC static and EC bean schemas write identical items"
                + " and read them back equal (Instants as ISO-8601 UTC with 9 fraction digits in all four)");

        Results results = new Results();
        for (String group : groups) {
            System.out.println();
            System.out.println("== " + group);
            switch (group) {
                case "cold" -> new ColdGroup(quick).run(results);
                case "mapping" -> new MappingGroup(quick).run(results);
                case "dynalite" -> new DynaliteGroup(quick).run(results);
                case "first-request" -> new FirstRequestGroup(quick).run(results);
                default -> throw new IllegalStateException(group);
            }
        }
        results.note("the EC bean/static schemas and the hand-written mapper are given generic-repo's Instant form"
                + " (an EC AttributeConverter): all four write identical items, checked before measuring");
        String table = results.markdown(header);
        System.out.println();
        System.out.println(table);
        results.write(resultsFile, header);
        System.out.println("written to " + resultsFile.toAbsolutePath().normalize());
    }

    private static Set<String> groups(String property) {
        Set<String> groups = new LinkedHashSet<>();
        for (String name : property.split(",")) {
            String group = name.trim();
            if (group.isEmpty()) {
                continue;
            }
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("-Dbench.groups names an unknown group \"" + group + "\"; the groups are "
                        + String.join(", ", GROUPS));
            }
            groups.add(group);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("-Dbench.groups names no group; the groups are " + String.join(", ", GROUPS));
        }
        return groups;
    }

    private static List<String> header(Set<String> groups, boolean quick) {
        List<String> header = new ArrayList<>();
        header.add(String.format(Locale.ROOT, "generic-repo benchmarks, %s, on %d cores (%s), %s %s, load average %s%s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage(),
                quick ? "; QUICK run: smoke test, not figures" : ""));
        header.add("command: mvn -B -q -pl generic-repo-benchmarks -am verify -DskipTests -Pbench -Dbench.groups="
                + String.join(",", groups) + (quick ? " -Dbench.quick=true" : ""));
        return header;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
