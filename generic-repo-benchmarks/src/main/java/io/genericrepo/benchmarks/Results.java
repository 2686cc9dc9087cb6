package io.genericrepo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The summary of one {@link PerfBenchmark} run: one row per figure, with ours, the baseline, their
 * ratio, the goal and whether it was met, printed at the end and written as a Markdown table.
 */
final class Results {

    /**
     * One figure.
     *
     * @param figure what was measured
     * @param ours generic-repo's value, with its unit
     * @param baseline the baseline's value, with its unit and name
     * @param ratio the ratio as printed (ours per baseline, or as the figure says)
     * @param goal the goal, or "—" for information only
     * @param met "yes", "no", or "—" where there is no goal or no measurement
     */
    record Row(String figure, String ours, String baseline, String ratio, String goal, String met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds a figure with a goal, and whether the measurement met it. */
    void add(String figure, String ours, String baseline, String ratio, String goal, boolean met) {
        rows.add(new Row(figure, ours, baseline, ratio, goal, met ? "yes" : "no"));
    }

    /** Adds a figure without a goal. */
    void info(String figure, String ours, String baseline, String ratio) {
        rows.add(new Row(figure, ours, baseline, ratio, "—", "—"));
    }

    /** Adds a figure that could not be measured, saying why. */
    void notMeasured(String figure, String goal, String why) {
        rows.add(new Row(figure, "n/a", "n/a", "n/a", goal, "n/a: " + why));
    }

    /** Adds a line printed under the table. */
    void note(String note) {
        notes.add(note);
    }

    /** @return the range of the per-round ratios, the noise a reader should see beside the median */
    static String spread(double[] perRound) {
        if (perRound.length < 2) {
            return "";
        }
        double[] sorted = perRound.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, " (rounds %.2f–%.2f)", sorted[0], sorted[sorted.length - 1]);
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /**
     * @param header the lines above the table (date, machine, command)
     * @return the summary as Markdown
     */
    String markdown(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append("\n"));
        out.append("\n| figure | ours | baseline | ratio | goal | met? |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(String.join(" | ", row.figure(), row.ours(), row.baseline(), row.ratio(), row.goal(),
                    row.met())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(note -> out.append("- ").append(note).append("\n"));
        }
        return out.toString();
    }

    void write(Path file, List<String> header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown(header));
    }
}
