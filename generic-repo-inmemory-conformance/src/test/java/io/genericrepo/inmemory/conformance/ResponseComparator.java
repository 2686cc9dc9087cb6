package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the two sides' outcomes of one operation. A match needs equal canonical texts (equal
 * items, numbers as DynamoDB numbers, sets unordered; or the same exception class and error
 * code). Differing error messages and number spellings are counted, with a few examples kept, but
 * are not failures. A difference that a {@link KnownDivergences} entry explains is counted under
 * that entry; any other is a mismatch.
 */
final class ResponseComparator {

    private static final int EXAMPLES = 5;

    /** How one comparison ended. */
    enum Verdict { MATCH, EXPLAINED, MISMATCH }

    int messageDifferences;
    int formatDifferences;
    final List<String> messageExamples = new ArrayList<>();
    final List<String> formatExamples = new ArrayList<>();

    Verdict compare(Operation operation, Outcome reference, Outcome subject) {
        if (reference.canonical().equals(subject.canonical())) {
            if (reference.error() && !String.valueOf(reference.message()).equals(String.valueOf(subject.message()))) {
                messageDifferences++;
                if (messageExamples.size() < EXAMPLES) {
                    messageExamples.add(operation.kind() + ": reference \"" + reference.message() + "\" / subject \""
                            + subject.message() + "\"");
                }
            }
            if (!reference.exact().equals(subject.exact())) {
                formatDifferences++;
                if (formatExamples.size() < EXAMPLES) {
                    formatExamples.add(operation.kind() + ":\n reference " + reference.exact() + " subject  " + subject.exact());
                }
            }
            return Verdict.MATCH;
        }
        Optional<KnownDivergences> known = KnownDivergences.explaining(operation, reference, subject);
        return known.isPresent() ? Verdict.EXPLAINED : Verdict.MISMATCH;
    }
}
