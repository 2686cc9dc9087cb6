package io.genericrepo.inmemory.conformance;

/**
 * The seed of a differential run. Fixed unless asked otherwise, so that a build's result never
 * depends on chance: {@code -Dconformance.seed=<n>} replays a run, {@code -Dconformance.seed=random}
 * explores with a new seed each time (printed, to replay what it finds).
 */
final class Seeds {

    /** The seed the build runs. */
    static final long FIXED = 20_261_130L;

    private Seeds() {}

    /** @return the seed {@code -Dconformance.seed} names: a number, {@code random}, or {@link #FIXED} when unset */
    static long chosen() {
        String value = System.getProperty("conformance.seed", "").trim();
        if (value.isEmpty()) {
            return FIXED;
        }
        if (value.equals("random")) {
            return System.nanoTime();
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dconformance.seed must be a whole number or random, found " + value, e);
        }
    }
}
