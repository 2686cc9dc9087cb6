package io.genericrepo.inmemory.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The comparison itself: numbers equal as DynamoDB numbers, sets equal whatever their order,
 * everything else exactly; multisets for unordered results; number spellings and error messages
 * counted but not failed.
 */
class ComparisonTest {

    @Test
    void numbersCompareByValueAndSetsWithoutOrder() {
        assertEquals(Canonical.value(AttributeValue.fromN("1.50")), Canonical.value(AttributeValue.fromN("15E-1")));
        assertEquals(Canonical.value(AttributeValue.fromN("-0")), Canonical.value(AttributeValue.fromN("0.00")));
        assertEquals(Canonical.value(AttributeValue.fromSs(List.of("b", "a"))), Canonical.value(AttributeValue.fromSs(List.of("a", "b"))));
        assertEquals(Canonical.value(AttributeValue.fromNs(List.of("10", "2"))), Canonical.value(AttributeValue.fromNs(List.of("2.0", "1E1"))));
        assertNotEquals(Canonical.value(AttributeValue.fromL(List.of(AttributeValue.fromS("b"), AttributeValue.fromS("a")))),
                Canonical.value(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b")))), "lists keep order");
        assertNotEquals(Canonical.value(AttributeValue.fromS("1")), Canonical.value(AttributeValue.fromN("1")), "types differ");
        assertNotEquals(Canonical.exact(AttributeValue.fromN("1.50")), Canonical.exact(AttributeValue.fromN("1.5")));
    }

    @Test
    void dynamoDbOrderIsUtf8AndUnsignedBytes() {
        assertTrue(Canonical.compare(AttributeValue.fromS("\uFF5E"), AttributeValue.fromS("\uD83D\uDE00")) < 0);
        assertTrue(Canonical.compare(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0x7f})),
                AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0x80}))) < 0);
        assertTrue(Canonical.compare(AttributeValue.fromN("10"), AttributeValue.fromN("9")) > 0);
    }

    @Test
    void unorderedResultsAreMultisetsAndIndexTiesToo() {
        Map<String, AttributeValue> a = Map.of("k", AttributeValue.fromS("a"), "g", AttributeValue.fromN("1"));
        Map<String, AttributeValue> b = Map.of("k", AttributeValue.fromS("b"), "g", AttributeValue.fromN("1"));
        Map<String, AttributeValue> c = Map.of("k", AttributeValue.fromS("c"), "g", AttributeValue.fromN("2"));
        assertEquals(new Observed().multiset("x", List.of(a, b)).canonical(), new Observed().multiset("x", List.of(b, a)).canonical());
        assertEquals(new Observed().multisetGroups("x", List.of(a, b, c), List.of("g")).canonical(),
                new Observed().multisetGroups("x", List.of(b, a, c), List.of("g")).canonical());
        assertNotEquals(new Observed().multisetGroups("x", List.of(a, c, b), List.of("g")).canonical(),
                new Observed().multisetGroups("x", List.of(a, b, c), List.of("g")).canonical(), "ties stay within their group");
        assertNotEquals(new Observed().items("x", List.of(a, b)).canonical(), new Observed().items("x", List.of(b, a)).canonical());
    }

    @Test
    void spellingsAndMessagesAreCountedNotFailed() {
        ResponseComparator comparator = new ResponseComparator();
        Operation operation = Operation.read("PutItem", PutItemRequest.builder().build(), c -> new Observed());
        Outcome oneAndAHalf = new Outcome("n=N1.5\n", "n=N1.50\n", null, false);
        Outcome spelledShort = new Outcome("n=N1.5\n", "n=N1.5\n", null, false);
        assertEquals(ResponseComparator.Verdict.MATCH, comparator.compare(operation, oneAndAHalf, spelledShort));
        assertEquals(1, comparator.formatDifferences);
        Outcome error = new Outcome("ERROR DynamoDbException ValidationException\n", "", "one message", true);
        Outcome otherMessage = new Outcome("ERROR DynamoDbException ValidationException\n", "", "another", true);
        assertEquals(ResponseComparator.Verdict.MATCH, comparator.compare(operation, error, otherMessage));
        assertEquals(1, comparator.messageDifferences);
        Outcome otherCode = new Outcome("ERROR ConditionalCheckFailedException ConditionalCheckFailedException\n", "", "x", true);
        assertEquals(ResponseComparator.Verdict.MISMATCH, comparator.compare(operation, error, otherCode));
        assertEquals(ResponseComparator.Verdict.MISMATCH, comparator.compare(operation, spelledShort, error));
    }
}
