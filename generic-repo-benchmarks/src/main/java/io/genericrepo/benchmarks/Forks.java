package io.genericrepo.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of this module in a fresh JVM with the same class path, and returns what it
 * printed and how long the whole process took (from before the launch until it exited).
 */
final class Forks {

    /**
     * @param lines what the child printed on standard output
     * @param wallMillis the whole process: JVM start, the work, JVM exit
     * @param exitCode the child's exit code
     */
    record Output(List<String> lines, double wallMillis, int exitCode) {

        /** @return the last line, which children print their figures on */
        String last() {
            if (lines.isEmpty()) {
                throw new IllegalStateException("the child JVM printed nothing (exit code " + exitCode + ")");
            }
            return lines.get(lines.size() - 1).trim();
        }
    }

    private Forks() {}

    /**
     * Runs the child and fails if it does not exit with 0.
     *
     * @param jvmOptions such as {@code -Xmx64m}
     * @param mainClass the child's main class
     * @param args its arguments
     * @return its output
     */
    static Output run(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException, InterruptedException {
        Output output = runAllowingFailure(jvmOptions, mainClass, args);
        if (output.exitCode() != 0) {
            throw new IllegalStateException(mainClass.getSimpleName() + " " + String.join(" ", args) + " failed with exit code "
                    + output.exitCode() + ": " + output.lines());
        }
        return output;
    }

    /** As {@link #run}, but returns a failed child's output (for runs that may run out of memory). */
    static Output runAllowingFailure(List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        int exitCode = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        return new Output(lines, wall, exitCode);
    }
}
