package io.genericrepo.inmemory.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Short builders for attribute values, items and placeholders, and an assertion on DynamoDB's message. */
final class Fixtures {

    private Fixtures() {}

    static AttributeValue s(String v) { return AttributeValue.fromS(v); }
    static AttributeValue n(String v) { return AttributeValue.fromN(v); }
    static AttributeValue b(String utf8) { return AttributeValue.fromB(SdkBytes.fromUtf8String(utf8)); }
    static AttributeValue bool(boolean v) { return AttributeValue.fromBool(v); }
    static AttributeValue nul() { return AttributeValue.fromNul(true); }
    static AttributeValue ss(String... v) { return AttributeValue.fromSs(List.of(v)); }
    static AttributeValue ns(String... v) { return AttributeValue.fromNs(List.of(v)); }
    static AttributeValue bs(String... utf8) {
        return AttributeValue.fromBs(java.util.Arrays.stream(utf8).map(SdkBytes::fromUtf8String).toList());
    }
    static AttributeValue l(AttributeValue... v) { return AttributeValue.fromL(List.of(v)); }
    static AttributeValue m(Object... kv) { return AttributeValue.fromM(item(kv)); }

    /** An item from name, value pairs (in order). */
    static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            item.put((String) kv[i], (AttributeValue) kv[i + 1]);
        }
        return item;
    }

    /** Placeholders from pairs: {@code "#n", "name"} for names, {@code ":v", value} for values. */
    static Placeholders p(Object... kv) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            String key = (String) kv[i];
            if (key.startsWith("#")) {
                names.put(key, (String) kv[i + 1]);
            } else {
                values.put(key, (AttributeValue) kv[i + 1]);
            }
        }
        return new Placeholders(names, values);
    }

    static void assertValidation(String message, Executable executable) {
        DynamoDbException e = assertThrows(DynamoDbException.class, executable);
        assertEquals(message, e.awsErrorDetails().errorMessage());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals(400, e.statusCode());
    }
}
