package io.genericrepo.inmemory.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Small value domains, so that conditions hit and miss often: a handful of strings (including the
 * empty string and characters whose UTF-8 and UTF-16 orders differ), numbers (including
 * non-canonical spellings of the same number), bytes, and the sets, lists and maps built from
 * them. Every item attribute has a usual type and sometimes another one.
 */
final class Domain {

    /** Non-key attributes of generated items, with their usual type. */
    static final List<String> ATTRIBUTES = List.of("a", "n", "b", "flag", "nul", "tags", "nums", "bins", "lst", "doc",
            "status", "name", "a.b", "gp", "gs", "ls");
    /** Attribute names that DynamoDB reserves: expressions must use placeholders for them. */
    static final Set<String> RESERVED = Set.of("status", "name", "STATUS", "size", "value");

    // no "" and no BOOL false in stored values (KnownDivergences.FALSY_VALUES); no character between U+E000 and
    // U+FFFF next to one above U+FFFF (KnownDivergences.UTF16_STRING_ORDER)
    private static final String[] STRINGS = {"a", "ab", "b", "ba", "x", "é", "\uD83D\uDE00", "Z"};
    private static final String[] NUMBERS = {"0", "1", "-1", "1.5", "2", "10", "0.5", "100", "-2.25"};
    private static final String[] NUMBER_SPELLINGS = {"1.50", "01", "1e2", "1E1", "-0", "2.0", "0.50"};
    private static final byte[][] BYTES = {{0}, {1}, {0, 1}, {(byte) 0xff}, {}};
    private static final String[] PARTITIONS = {"p0", "p1", "p2"};
    private static final String[] SORT_NUMBERS = {"0", "1", "2", "3", "5", "-1", "1.5"};
    private static final String[] SORT_STRINGS = {"a", "ab", "b", "ba", "c", "é"};

    private final Random random;

    Domain(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    String string() {
        return STRINGS[random.nextInt(STRINGS.length)];
    }

    String number() {
        return chance(0.1) ? NUMBER_SPELLINGS[random.nextInt(NUMBER_SPELLINGS.length)] : NUMBERS[random.nextInt(NUMBERS.length)];
    }

    SdkBytes bytes() {
        return SdkBytes.fromByteArray(BYTES[random.nextInt(BYTES.length - 1)]);
    }

    AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    AttributeValue partition() {
        return s(PARTITIONS[random.nextInt(PARTITIONS.length)]);
    }

    AttributeValue sort(ScalarAttributeType type) {
        return type == ScalarAttributeType.N ? n(SORT_NUMBERS[random.nextInt(SORT_NUMBERS.length)])
                : s(SORT_STRINGS[random.nextInt(SORT_STRINGS.length)]);
    }

    /** A value of the given scalar or container type; {@code "any"} picks one. */
    AttributeValue ofType(String type) {
        return switch (type) {
            case "S" -> s(string());
            case "N" -> n(number());
            case "B" -> AttributeValue.fromB(bytes());
            case "BOOL" -> AttributeValue.fromBool(true);
            case "NULL", "NUL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(distinct(this::string));
            case "NS" -> AttributeValue.fromNs(distinctNumbers());
            case "BS" -> AttributeValue.fromBs(new ArrayList<>(distinct(this::bytes)));
            case "L" -> list(2);
            case "M" -> map(2);
            default -> ofType(pick(List.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M")));
        };
    }

    /** The usual value of an item attribute, sometimes of another type. */
    AttributeValue forAttribute(String attribute) {
        if (chance(0.1)) {
            return ofType("any");
        }
        return switch (attribute) {
            case "status" -> s(pick(List.of("open", "closed")));
            case "a", "name", "a.b" -> s(string());
            case "n" -> n(number());
            case "b" -> ofType("B");
            case "flag" -> ofType("BOOL");
            case "nul" -> ofType("NULL");
            case "tags" -> ofType("SS");
            case "nums" -> ofType("NS");
            case "bins" -> ofType("BS");
            case "lst" -> list(2);
            case "doc" -> map(2);
            default -> ofType("any");
        };
    }

    /** A value for an index key attribute, always of the index's type (wrong types are the invalid generator's). */
    AttributeValue indexKey(String attribute) {
        return switch (attribute) {
            case "gp" -> s(pick(List.of("g0", "g1")));
            case "gs" -> n(pick(List.of("0", "1", "2", "2.5")));
            case "ls" -> s(pick(List.of("a", "b", "c")));
            case "status" -> s(pick(List.of("open", "closed")));
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    AttributeValue list(int depth) {
        List<AttributeValue> values = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            values.add(depth > 0 && chance(0.2) ? map(depth - 1) : ofType(pick(List.of("S", "N", "BOOL", "NULL"))));
        }
        return AttributeValue.fromL(values);
    }

    /** The document attribute: keys a, n, name (reserved), deep (a map with y), lst. */
    AttributeValue map(int depth) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        if (chance(0.7)) {
            values.put("a", s(string()));
        }
        if (chance(0.7)) {
            values.put("n", n(number()));
        }
        if (chance(0.3)) {
            values.put("name", s(string()));
        }
        if (depth > 0 && chance(0.5)) {
            values.put("deep", AttributeValue.fromM(Map.of("y", chance(0.5) ? n(number()) : s(string()))));
        }
        if (depth > 0 && chance(0.5)) {
            values.put("lst", list(depth - 1));
        }
        return AttributeValue.fromM(values);
    }

    private <T> List<T> distinct(Supplier<T> source) {
        Set<T> values = new LinkedHashSet<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            values.add(source.get());
        }
        return new ArrayList<>(values);
    }

    private List<String> distinctNumbers() {
        Set<BigDecimal> seen = new HashSet<>();
        List<String> values = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            String number = NUMBERS[random.nextInt(NUMBERS.length)];
            if (seen.add(new BigDecimal(number).stripTrailingZeros())) {
                values.add(number);
            }
        }
        return values;
    }
}
