package io.genericrepo.inmemory.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Sends the same seeded random operations to dynalite and to the engine and fails on any
 * difference not explained by {@link KnownDivergences}. Replay a run with
 * {@code -Dconformance.seed=<seed>}, explore with {@code -Dconformance.seed=random} (the build runs
 * {@link Seeds#FIXED}); size it with {@code -Dconformance.operations=<n>}.
 */
class DifferentialTest {

    @Test
    void engineAnswersAsDynaliteDoes() {
        long seed = Seeds.chosen();
        int operations = Integer.getInteger("conformance.operations", 2000);
        try (Sides sides = new Sides()) {
            Differential run = new Differential(sides.reference, sides.subject, Schema.standard(), seed);
            run.run(operations);
            String summary = run.summary(sides.subjectName);
            System.out.println(summary);
            System.out.println(KnownDivergences.describeAll());
            assertTrue(run.compared >= operations, "every operation compared");
            if (!run.mismatches.isEmpty()) {
                fail(run.mismatches.size() + " unexplained mismatches; replay with -Dconformance.seed=" + seed + "; all of them in "
                        + run.writeMismatches() + "; the first:\n" + run.mismatches.get(0));
            }
        }
    }
}
