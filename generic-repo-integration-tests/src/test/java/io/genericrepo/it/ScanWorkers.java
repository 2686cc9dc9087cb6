package io.genericrepo.it;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worker threads of sync parallel scans ({@code generic-repo-scan-<n>}, numbered in the order
 * the runtime makes them). A read that stops early (an error, {@code first()}, a limit) returns
 * while its workers may still be between their last check and their next request; a test that
 * counts requests or threads waits for them, so that a late request is counted with the call that
 * made it and never in a later one.
 */
final class ScanWorkers {

    private static final Pattern NAME = Pattern.compile("generic-repo-scan-(\\d+)");
    /** How long a worker may take to end: the page it is reading, on however loaded a machine. */
    static final long END_MILLIS = TimeUnit.SECONDS.toMillis(30);

    private ScanWorkers() {}

    /** @return a mark: the number of the newest worker alive now (0 if none); workers made later have higher numbers */
    static int mark() {
        return Thread.getAllStackTraces().keySet().stream().mapToInt(ScanWorkers::number).max().orElse(0);
    }

    /**
     * Waits for the workers made since {@code mark} to end, up to {@link #END_MILLIS} each.
     *
     * @return those still running after the wait (none, unless a worker outlives its read)
     */
    static List<Thread> stillRunningSince(int mark) throws InterruptedException {
        List<Thread> since = Thread.getAllStackTraces().keySet().stream().filter(t -> number(t) > mark).toList();
        for (Thread t : since) {
            t.join(END_MILLIS); // returns as soon as the thread ends
        }
        return since.stream().filter(Thread::isAlive).toList();
    }

    private static int number(Thread t) {
        Matcher m = NAME.matcher(t.getName());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
