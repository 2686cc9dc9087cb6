package io.genericrepo.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's item size rules, as its documentation gives them. */
class ItemSizeTest {

    @Test
    void scalarsCountTheirBytesAndNumbersTheirDigits() {
        assertEquals(2 + 6, ItemSize.attribute("id", AttributeValue.fromS("héllo")), "UTF-8 bytes of name and value (é is 2)");
        assertEquals(1 + 3, ItemSize.attribute("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3]))));
        assertEquals(2, ItemSize.value(AttributeValue.fromN("7")), "1 byte per two digits, plus 1");
        assertEquals(2, ItemSize.value(AttributeValue.fromN("1E+20")), "leading and trailing zeros are not digits");
        assertEquals(3, ItemSize.value(AttributeValue.fromN("123")));
        assertEquals(20, ItemSize.value(AttributeValue.fromN("12345678901234567890123456789012345678")));
        assertEquals(2, ItemSize.value(AttributeValue.fromN("0")));
        assertEquals(1, ItemSize.value(AttributeValue.fromBool(true)));
        assertEquals(1, ItemSize.value(AttributeValue.fromNul(true)));
    }

    @Test
    void collectionsCountTheirOverheads() {
        assertEquals(3, ItemSize.value(AttributeValue.fromL(List.of())));
        assertEquals(3 + (1 + 1) + (1 + 2), ItemSize.value(AttributeValue.fromL(List.of(AttributeValue.fromS("a"),
                AttributeValue.fromS("bc")))));
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("k", AttributeValue.fromS("v"));
        assertEquals(3 + 1 + 1 + 1, ItemSize.value(AttributeValue.fromM(m)), "3, and per entry 1 + key + value");
        assertEquals(1 + 2, ItemSize.value(AttributeValue.fromSs(List.of("a", "bc"))), "a set: its elements");
        assertEquals(2 + 3, ItemSize.value(AttributeValue.fromNs(List.of("1", "123"))));
        assertEquals(2 + 1 + 4 + 3, ItemSize.of(Map.of("id", AttributeValue.fromS("x"), "list", AttributeValue.fromL(List.of()))));
    }
}
