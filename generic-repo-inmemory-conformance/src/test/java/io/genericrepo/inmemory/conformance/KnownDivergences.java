package io.genericrepo.inmemory.conformance;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where dynalite (or moto) differs from DynamoDB's documentation. The documentation wins: each
 * entry states the documented rule, what the reference server does instead, and how the harness
 * handles it: {@link Handling#AVOIDED} (never generated in the differential run), {@link
 * Handling#ACCEPTED} (the subject's documented behaviour is accepted when the reference differs)
 * or {@link Handling#COMPARED_LOOSELY} (the comparison ignores what is undefined). Each entry has
 * a targeted test in {@link KnownDivergencesTest} that checks the engine follows the docs.
 */
enum KnownDivergences {

    INDEX_TIE_ORDER(
            "Query results are returned in order of the sort key value; the order of items with equal index keys is not"
                    + " defined (DynamoDB Developer Guide, 'Query operations': results are always sorted by the sort key value).",
            "dynalite orders index items with equal index keys by an MD5 hash of the table key.",
            Handling.COMPARED_LOOSELY) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return false; // Paging renders index queries with ties as multisets
        }
    },
    SCAN_ORDER(
            "Scan returns items in an order that is not defined; parallel scan segments are disjoint and together cover"
                    + " the table (DynamoDB Developer Guide, 'Scan operations', 'Parallel scan').",
            "dynalite scans in the order of an MD5 hash of the partition key and splits segments by that hash.",
            Handling.COMPARED_LOOSELY) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return false; // Paging renders scans as multisets with totals
        }
    };

    /** How the harness deals with a divergence. */
    enum Handling { AVOIDED, ACCEPTED, COMPARED_LOOSELY }

    final String documentedRule;
    final String referenceBehaviour;
    final Handling handling;

    KnownDivergences(String documentedRule, String referenceBehaviour, Handling handling) {
        this.documentedRule = documentedRule;
        this.referenceBehaviour = referenceBehaviour;
        this.handling = handling;
    }

    /** @return whether this entry explains the difference between the two outcomes of the operation */
    abstract boolean explains(Operation operation, Outcome reference, Outcome subject);

    static Optional<KnownDivergences> explaining(Operation operation, Outcome reference, Outcome subject) {
        return Arrays.stream(values()).filter(d -> d.explains(operation, reference, subject)).findFirst();
    }
}
