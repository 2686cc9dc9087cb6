package io.genericrepo.inmemory.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generator covers what the differential run promises: every operator and function of the
 * expression language, every update action, every operation kind and every kind of invalid
 * request, within a default-sized run of a fixed seed. No server is needed.
 */
class GeneratorCoverageTest {

    private static final List<String> EXPRESSION_PARTS = List.of(" = ", " <> ", " < ", " <= ", " > ", " >= ", " BETWEEN ",
            " IN (", " AND ", " OR ", "NOT ", "(", "attribute_exists(", "attribute_not_exists(", "attribute_type(",
            "begins_with(", "contains(", "size(", "SET ", "REMOVE ", "ADD ", "DELETE ", " + ", " - ", "if_not_exists(",
            "list_append(", "[0]", "#n", "doc.", "ProjectionExpression=", "Select=COUNT", "ScanIndexForward=false",
            "Limit=", "TotalSegments=", "IndexName=gsi_all", "IndexName=gsi_keys", "IndexName=gsi_inc",
            "IndexName=lsi_inc", "IndexName=lsi_all", "ReturnValues=ALL_NEW", "ReturnValues=UPDATED_OLD");

    @Test
    void aDefaultRunGeneratesEveryOperatorFunctionActionAndKind() {
        Generator generator = new Generator(new Domain(new Random(42)), Schema.standard());
        StringBuilder all = new StringBuilder();
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < 1000; i++) { // the default size of a differential run
            Operation operation = generator.next();
            kinds.add(operation.kind());
            all.append(operation.request()).append('\n');
        }
        List<String> missing = new ArrayList<>();
        for (String part : EXPRESSION_PARTS) {
            if (all.indexOf(part) < 0) {
                missing.add(part);
            }
        }
        assertTrue(missing.isEmpty(), "never generated: " + missing);
        for (String kind : List.of("PutItem", "PutItem+condition", "UpdateItem", "UpdateItem+condition", "DeleteItem",
                "DeleteItem+condition", "GetItem", "Query", "Query(GSI)", "Query(LSI)", "Scan", "Scan(index)",
                "Scan(segments)", "BatchWriteItem", "BatchGetItem", "Invalid:condition", "Invalid:update",
                "Invalid:unused placeholder", "Invalid:wrong key type", "Invalid:missing key", "Invalid:IN operands",
                "Invalid:empty set", "Invalid:bad number", "Invalid:malformed value", "Invalid:index key type",
                "Invalid:query", "Invalid:scan", "Invalid:unknown table", "Invalid:return values", "Invalid:empty key string")) {
            assertTrue(kinds.contains(kind), "never generated: " + kind + " (generated " + kinds + ")");
        }
    }
}
