package io.genericrepo.inmemory.conformance;

import io.genericrepo.testing.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * One differential run: creates the schema on both sides, sends each generated operation to both,
 * compares the answers and then the items the operation may have written (GetItem with
 * ConsistentRead on both sides), and at the end the full contents of every table. After a
 * mismatching write the subject is given the reference's items for the keys involved, so that one
 * bug does not cascade into every later comparison; after a known divergence the reference is
 * given the subject's (documented) items.
 */
final class Differential {

    private static final int DETAILED = 10;

    private final DynamoDbClient reference;
    private final DynamoDbClient subject;
    private final Schema schema;
    private final long seed;
    private final ResponseComparator comparator = new ResponseComparator();
    private final Map<String, int[]> perKind = new TreeMap<>(); // kind -> {compared, errors on both sides}
    private final Map<String, Map<String, Integer>> errorsPerKind = new TreeMap<>();
    private final Map<String, String> sampleMessages = new TreeMap<>();
    final List<String> mismatches = new ArrayList<>();
    final List<String> resyncFailures = new ArrayList<>();
    final Map<KnownDivergences, Integer> explained = new TreeMap<>();
    int compared;
    int bothErrors;

    Differential(DynamoDbClient reference, DynamoDbClient subject, Schema schema, long seed) {
        this.reference = reference;
        this.subject = subject;
        this.schema = schema;
        this.seed = seed;
    }

    void run(int operations) {
        createTables();
        Generator generator = new Generator(new Domain(new Random(seed)), schema);
        for (int i = 0; i < operations; i++) {
            step(i, generator.next());
        }
        compareContents(operations);
    }

    void createTables() {
        for (Schema.Table table : schema.tables()) {
            create(reference, table);
            create(subject, table);
        }
    }

    void compareContents(int index) {
        for (Schema.Table table : schema.tables()) {
            ScanRequest all = ScanRequest.builder().tableName(table.name()).consistentRead(true).build();
            step(index, Operation.read("final contents of " + table.name(), all, Paging.scan(all, false)));
        }
    }

    void step(int index, Operation operation) {
        Outcome r = Outcome.of(operation.call(), reference);
        Outcome s = Outcome.of(operation.call(), subject);
        if (!operation.written().isEmpty()) {
            r = r.then(readBack(reference, operation));
            s = s.then(readBack(subject, operation));
        }
        compared++;
        int[] counts = perKind.computeIfAbsent(operation.kind(), k -> new int[2]);
        counts[0]++;
        if (r.error() && s.error()) {
            bothErrors++;
            counts[1]++;
            String code = r.canonical().lines().findFirst().orElse("").replace("ERROR ", "");
            errorsPerKind.computeIfAbsent(operation.kind(), k -> new TreeMap<>()).merge(code, 1, Integer::sum);
            if (!code.contains("ConditionalCheckFailed")) {
                sampleMessages.putIfAbsent(operation.kind() + " " + code + " " + r.message(), String.valueOf(operation.request()));
            }
        }
        switch (comparator.compare(operation, r, s)) {
            case MATCH -> { }
            case EXPLAINED -> {
                explained.merge(KnownDivergences.explaining(operation, r, s).orElseThrow(), 1, Integer::sum);
                resync(operation, subject, reference); // the subject followed the docs
            }
            case MISMATCH -> {
                mismatches.add(describe(index, operation, r, s));
                resync(operation, reference, subject);
            }
        }
    }

    private static Observed readBack(DynamoDbClient client, Operation operation) {
        Observed observed = new Observed();
        for (Operation.Written written : operation.written()) {
            try {
                observed.item("after " + written.table() + " " + Canonical.item(written.key()), client.getItem(GetItemRequest.builder()
                        .tableName(written.table()).key(written.key()).consistentRead(true).build()).item());
            } catch (RuntimeException e) {
                observed.text("after " + Canonical.item(written.key()), e.getClass().getSimpleName()); // e.g. a key of the wrong type
            }
        }
        return observed;
    }

    /** Copies the items the operation may have written from one side to the other. */
    private void resync(Operation operation, DynamoDbClient from, DynamoDbClient to) {
        for (Operation.Written written : operation.written()) {
            try {
                Map<String, AttributeValue> item = from.getItem(GetItemRequest.builder().tableName(written.table())
                        .key(written.key()).consistentRead(true).build()).item();
                if (item == null || item.isEmpty()) {
                    to.deleteItem(b -> b.tableName(written.table()).key(written.key()));
                } else {
                    to.putItem(b -> b.tableName(written.table()).item(item));
                }
            } catch (RuntimeException e) {
                if (written.key().values().stream().allMatch(v -> v.s() != null || v.n() != null)) {
                    resyncFailures.add(written + ": " + e);
                }
            }
        }
    }

    private String describe(int index, Operation operation, Outcome r, Outcome s) {
        return "operation #" + index + " " + operation.kind() + " (seed " + seed + ")\n  request: " + operation.request()
                + "\n  reference:\n" + indent(r.toString()) + "\n  subject:\n" + indent(s.toString());
    }

    private static String indent(String text) {
        return "    " + text.strip().replace("\n", "\n    ");
    }

    /** Writes every mismatch in full to {@code target/conformance/mismatches-<seed>.txt}; returns the path. */
    java.nio.file.Path writeMismatches() {
        java.nio.file.Path file = java.nio.file.Path.of("target", "conformance", "mismatches-" + seed + ".txt");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, String.join("\n", mismatches));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file.toAbsolutePath();
    }

    String summary(String subjectName) {
        StringBuilder text = new StringBuilder();
        text.append("Differential run, seed ").append(seed).append(" (replay: -Dconformance.seed=").append(seed)
                .append("), reference vs ").append(subjectName).append('\n')
                .append("  operations compared: ").append(compared).append(", errors on both sides: ").append(bothErrors)
                .append(", mismatches: ").append(mismatches.size()).append(", explained by known divergences: ")
                .append(explained).append('\n')
                .append("  differing error messages: ").append(comparator.messageDifferences)
                .append(", differing number spellings: ").append(comparator.formatDifferences).append('\n');
        perKind.forEach((kind, c) -> text.append(String.format("    %-28s %5d compared, %5d errors on both %s%n", kind, c[0], c[1],
                errorsPerKind.getOrDefault(kind, Map.of()))));
        if (Boolean.getBoolean("conformance.verbose")) {
            sampleMessages.forEach((m, request) -> text.append("  error sample: ").append(m).append("\n      ")
                    .append(request).append('\n'));
        }
        comparator.messageExamples.forEach(m -> text.append("  message example: ").append(m).append('\n'));
        comparator.formatExamples.forEach(m -> text.append("  number spelling example: ").append(m).append('\n'));
        resyncFailures.forEach(f -> text.append("  RESYNC FAILED ").append(f).append('\n'));
        mismatches.stream().limit(DETAILED).forEach(m -> text.append("MISMATCH ").append(m).append('\n'));
        return text.toString();
    }

    private static void create(DynamoDbClient client, Schema.Table table) {
        Tables.createAndAwait(client, table.createRequest()); // dynalite makes a table ACTIVE on a later tick
    }
}
