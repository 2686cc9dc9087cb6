package io.genericrepo.inmemory.conformance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The comparable text of DynamoDB values: sets sorted (their order is not part of the value),
 * numbers written in one normal form (so {@code 1.50}, {@code 1.5} and {@code 15E-1} are equal, as
 * DynamoDB numbers are), binary in hex, map members sorted by name. Two values are equal as
 * DynamoDB values exactly when their canonical texts are equal. {@link #exact} keeps numbers as
 * sent, to count formatting differences separately.
 */
final class Canonical {

    private Canonical() {}

    static String item(Map<String, AttributeValue> item) {
        return item == null ? "null" : map(item, false);
    }

    static String exactItem(Map<String, AttributeValue> item) {
        return item == null ? "null" : map(item, true);
    }

    static String value(AttributeValue value) {
        return value(value, false);
    }

    static String exact(AttributeValue value) {
        return value(value, true);
    }

    private static String value(AttributeValue v, boolean exact) {
        if (v.s() != null) {
            return "S" + quote(v.s());
        }
        if (v.n() != null) {
            return "N" + number(v.n(), exact);
        }
        if (v.b() != null) {
            return "B" + hex(v.b());
        }
        if (v.bool() != null) {
            return "BOOL" + v.bool();
        }
        if (v.nul() != null) {
            return "NULL";
        }
        if (v.hasSs()) {
            return "SS" + sorted(v.ss().stream().map(Canonical::quote).toList());
        }
        if (v.hasNs()) {
            List<String> numbers = new ArrayList<>(v.ns());
            numbers.sort((x, y) -> new BigDecimal(x).compareTo(new BigDecimal(y)));
            return "NS" + numbers.stream().map(n -> number(n, exact)).toList();
        }
        if (v.hasBs()) {
            return "BS" + sorted(v.bs().stream().map(Canonical::hex).toList());
        }
        if (v.hasL()) {
            return "L" + v.l().stream().map(e -> value(e, exact)).toList();
        }
        if (v.hasM()) {
            return "M" + map(v.m(), exact);
        }
        return "?" + v;
    }

    private static String map(Map<String, AttributeValue> map, boolean exact) {
        Map<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k, value(v, exact)));
        return sorted.toString();
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private static String number(String text, boolean exact) {
        if (exact) {
            return text;
        }
        try {
            BigDecimal n = new BigDecimal(text);
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toString();
        } catch (NumberFormatException e) {
            return "!" + text;
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String hex(SdkBytes bytes) {
        return HexFormat.of().formatHex(bytes.asByteArray());
    }

    /**
     * DynamoDB's order of two values of one scalar type (numbers by value, strings by UTF-8
     * bytes, binary as unsigned bytes); values of different or non-scalar types compare by type name.
     */
    static int compare(AttributeValue x, AttributeValue y) {
        if (x.n() != null && y.n() != null) {
            return new BigDecimal(x.n()).compareTo(new BigDecimal(y.n()));
        }
        if (x.s() != null && y.s() != null) {
            return Arrays.compareUnsigned(x.s().getBytes(StandardCharsets.UTF_8), y.s().getBytes(StandardCharsets.UTF_8));
        }
        if (x.b() != null && y.b() != null) {
            return Arrays.compareUnsigned(x.b().asByteArray(), y.b().asByteArray());
        }
        return x.type().toString().compareTo(y.type().toString());
    }
}
