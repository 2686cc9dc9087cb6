package io.genericrepo.inmemory.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class ValuesTest {

    private static AttributeValue s(String v) { return AttributeValue.fromS(v); }
    private static AttributeValue n(String v) { return AttributeValue.fromN(v); }
    private static AttributeValue b(int... bytes) {
        byte[] a = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) a[i] = (byte) bytes[i];
        return AttributeValue.fromB(SdkBytes.fromByteArray(a));
    }

    @Test
    void stringsOrderByUtf8BytesNotUtf16() {
        String supplementary = new String(Character.toChars(0x1F600)); // a surrogate pair in UTF-16
        String bmpMax = "\uFFFF";
        // Java's compareTo puts the surrogate pair (0xD83D...) before U+FFFF; UTF-8 puts it after
        assertTrue(supplementary.compareTo(bmpMax) < 0);
        assertTrue(Values.KEY_ORDER.compare(s(supplementary), s(bmpMax)) > 0);
        assertTrue(Values.KEY_ORDER.compare(s("a"), s("ab")) < 0);
        assertTrue(Values.KEY_ORDER.compare(s("B"), s("a")) < 0);
        assertEquals(0, Values.KEY_ORDER.compare(s("é"), s("é")));
    }

    @Test
    void binaryOrdersAsUnsignedBytes() {
        assertTrue(Values.KEY_ORDER.compare(b(0x7F), b(0x80)) < 0);
        assertTrue(Values.KEY_ORDER.compare(b(0xFF), b(0x00, 0x00)) > 0);
        assertTrue(Values.KEY_ORDER.compare(b(1), b(1, 0)) < 0);
    }

    @Test
    void numbersOrderNumerically() {
        List<AttributeValue> list = new ArrayList<>(List.of(n("10"), n("-2"), n("9.5"), n("1E1"), n("-10")));
        list.sort(Values.KEY_ORDER);
        assertEquals(List.of("-10", "-2", "9.5"), list.subList(0, 3).stream().map(AttributeValue::n).toList());
        assertThrows(IllegalArgumentException.class, () -> Values.KEY_ORDER.compare(n("1"), s("1")));
    }

    @Test
    void normalisesNumbersEverywhere() {
        AttributeValue value = AttributeValue.fromM(Map.of(
                "n", n("1.50"),
                "ns", AttributeValue.fromNs(List.of("1.0", "2E0")),
                "l", AttributeValue.fromL(List.of(n("-0"), AttributeValue.fromM(Map.of("x", n("0100")))))));
        AttributeValue out = Values.normalise(value);
        assertEquals("1.5", out.m().get("n").n());
        assertEquals(List.of("1", "2"), out.m().get("ns").ns());
        assertEquals("0", out.m().get("l").l().get(0).n());
        assertEquals("100", out.m().get("l").l().get(1).m().get("x").n());
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("a", n("3.0"));
        assertEquals(Map.of("a", n("3")), Values.normaliseItem(item));
    }

    @Test
    void refusesValuesWithoutOrWithSeveralTypes() {
        assertMessage("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                AttributeValue.builder().build());
        assertMessage("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
                AttributeValue.builder().s("a").n("1").build());
        assertMessage("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                AttributeValue.fromL(List.of(AttributeValue.builder().build())));
        assertMessage("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                AttributeValue.fromM(Map.of("deep", AttributeValue.fromM(Map.of("x", AttributeValue.builder().build())))));
    }

    @Test
    void refusesEmptySetsAndFalseNull() {
        assertMessage("One or more parameter values were invalid: An string set  may not be empty", AttributeValue.fromSs(List.of()));
        assertMessage("One or more parameter values were invalid: An number set  may not be empty", AttributeValue.fromNs(List.of()));
        assertMessage("One or more parameter values were invalid: Binary sets should not be empty", AttributeValue.fromBs(List.of()));
        assertMessage("One or more parameter values were invalid: Null attribute value types must have the value of true",
                AttributeValue.fromNul(false));
    }

    @Test
    void refusesDuplicatesInSetsAfterNormalisation() {
        assertMessage("One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
                AttributeValue.fromSs(List.of("a", "a")));
        assertMessage("Input collection contains duplicates", AttributeValue.fromNs(List.of("1", "1.0")));
        SdkBytes one = SdkBytes.fromUtf8String("x");
        assertMessage("One or more parameter values were invalid: Input collection [eA==, eA==]of type BS contains duplicates.",
                AttributeValue.fromBs(List.of(one, SdkBytes.fromUtf8String("x"))));
        assertMessage("Number overflow. Attempting to store a number with magnitude larger than supported range",
                AttributeValue.fromNs(List.of("1", "1E200")));
    }

    @Test
    void equalityIsNumericForNumbersAndOrderFreeForSets() {
        assertTrue(Values.equal(n("1.0"), n("1")));
        assertFalse(Values.equal(n("1"), s("1")));
        assertTrue(Values.equal(AttributeValue.fromSs(List.of("a", "b")), AttributeValue.fromSs(List.of("b", "a"))));
        assertFalse(Values.equal(AttributeValue.fromSs(List.of("a")), AttributeValue.fromSs(List.of("a", "b"))));
        assertTrue(Values.equal(AttributeValue.fromNs(List.of("1", "2.0")), AttributeValue.fromNs(List.of("2", "1"))));
        assertTrue(Values.equal(AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"))),
                AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x")))));
        assertTrue(Values.equal(b(1, 2), b(1, 2)));
        assertFalse(Values.equal(b(1, 2), b(2, 1)));
        assertTrue(Values.equal(AttributeValue.fromL(List.of(n("1"), s("x"))), AttributeValue.fromL(List.of(n("1.0"), s("x")))));
        assertFalse(Values.equal(AttributeValue.fromL(List.of(n("1"), s("x"))), AttributeValue.fromL(List.of(s("x"), n("1")))));
        assertTrue(Values.equal(AttributeValue.fromM(Map.of("a", n("1"))), AttributeValue.fromM(Map.of("a", n("1.00")))));
        assertFalse(Values.equal(AttributeValue.fromM(Map.of("a", n("1"))), AttributeValue.fromM(Map.of("b", n("1")))));
        assertTrue(Values.equal(AttributeValue.fromBool(true), AttributeValue.fromBool(true)));
        assertFalse(Values.equal(AttributeValue.fromBool(true), AttributeValue.fromBool(false)));
        assertTrue(Values.equal(AttributeValue.fromNul(true), AttributeValue.fromNul(true)));
        assertFalse(Values.equal(n("1"), null));
    }

    @Test
    void sizesFollowDynamoDbRules() {
        assertEquals(3, Values.size(s("abc")));
        assertEquals(2, Values.size(s("é")));
        assertEquals(4, Values.size(s(new String(Character.toChars(0x1F600)))));
        assertEquals(2, Values.size(b(1, 2)));
        assertEquals(1, Values.size(AttributeValue.fromBool(true)));
        assertEquals(1, Values.size(AttributeValue.fromNul(true)));
        assertEquals(3, Values.size(AttributeValue.fromSs(List.of("a", "bc"))));
        assertEquals(2 + 3, Values.size(AttributeValue.fromNs(List.of("1", "-1"))));
        assertEquals(3, Values.size(AttributeValue.fromL(List.of())));
        assertEquals(3 + (1 + 1) + (1 + 2), Values.size(AttributeValue.fromL(List.of(s("x"), n("1")))));
        assertEquals(3 + (1 + 2 + 1), Values.size(AttributeValue.fromM(Map.of("ab", s("x")))));
        // name "id" (2) + "abc" (3) + name "ü" (2) + number 12 (2)
        assertEquals(9, Values.itemSize(Map.of("id", s("abc"), "ü", n("12"))));
    }

    @Test
    void typeNamesAreDynamoDbs() {
        assertEquals("S", Values.type(s("")));
        assertEquals("NULL", Values.type(AttributeValue.fromNul(true)));
        assertEquals("BOOL", Values.type(AttributeValue.fromBool(false)));
        assertEquals("L", Values.type(AttributeValue.fromL(List.of())));
        assertEquals(null, Values.type(AttributeValue.builder().build()));
    }

    private static void assertMessage(String message, AttributeValue value) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> Values.normalise(value));
        assertEquals(message, e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
    }
}
