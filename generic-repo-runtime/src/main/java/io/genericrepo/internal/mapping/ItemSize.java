package io.genericrepo.internal.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's size of an item, by the rules of its documentation ("Item sizes and formats"): each
 * attribute counts the UTF-8 length of its name plus its value; strings their UTF-8 length,
 * binary its length; a number 1 byte per two significant digits plus 1 (the documented
 * approximation); booleans and nulls 1; sets the sum of their elements; lists and maps 3 bytes
 * of overhead plus 1 byte per element (and, for maps, each key's length). Internal.
 */
public final class ItemSize {

    /** DynamoDB's largest item: 400 KB. */
    public static final long MAX_ITEM_BYTES = 400L * 1024;

    private ItemSize() {}

    /**
     * @param item an item
     * @return its size in bytes
     */
    public static long of(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += attribute(e.getKey(), e.getValue());
        }
        return bytes;
    }

    /**
     * @param name an attribute name
     * @param value its value
     * @return the size the attribute adds to its item
     */
    public static long attribute(String name, AttributeValue value) {
        return utf8(name) + value(value);
    }

    /**
     * @param value a value
     * @return its size, without an attribute name
     */
    public static long value(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            return number(value.n());
        }
        if (value.b() != null) {
            return value.b().asByteArrayUnsafe().length;
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value.hasNs()) {
            return value.ns().stream().mapToLong(ItemSize::number).sum();
        }
        if (value.hasBs()) {
            return value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
        }
        if (value.hasL()) {
            return 3 + value.l().stream().mapToLong(v -> 1 + value(v)).sum();
        }
        if (value.hasM()) {
            return 3 + value.m().entrySet().stream().mapToLong(e -> 1 + attribute(e.getKey(), e.getValue())).sum();
        }
        return 1; // BOOL, NULL
    }

    private static long number(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.trim()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return 21; // DynamoDB will refuse it anyway; 38 digits at most
        }
        int digits = number.signum() == 0 ? 1 : number.precision();
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
