package io.genericrepo.inmemory.value;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's value semantics in one place: validation and normalisation of attribute values,
 * ordering of key values, equality, and item size.
 *
 * <p>CONTRACT (owned by the value package).
 */
public final class Values {

    private Values() {}

    /**
     * Key order: S by UTF-8 bytes, N numerically, B as unsigned bytes. Only for values of one type.
     */
    public static final Comparator<AttributeValue> KEY_ORDER = new KeyOrder();

    /**
     * Validates an item sent by a client and returns it normalised (numbers in DynamoDB's form):
     * exactly one type per value, numbers within DynamoDB's range and precision, no empty or
     * duplicate sets. Throws ValidationException in DynamoDB's words otherwise.
     */
    public static Map<String, AttributeValue> normaliseItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            normalised.put(e.getKey(), normalise(e.getValue()));
        }
        return normalised;
    }

    /** The same for one value (a key value, an expression attribute value). */
    public static AttributeValue normalise(AttributeValue value) {
        return Validation.normalise(value);
    }

    /**
     * @return DynamoDB's name of the value's type ({@code S N B SS NS BS M L BOOL NULL}), or null when
     *     no type is set
     */
    public static String type(AttributeValue value) {
        if (value == null) {
            return null;
        }
        if (value.s() != null) return "S";
        if (value.n() != null) return "N";
        if (value.b() != null) return "B";
        if (value.hasSs()) return "SS";
        if (value.hasNs()) return "NS";
        if (value.hasBs()) return "BS";
        if (value.hasM()) return "M";
        if (value.hasL()) return "L";
        if (value.bool() != null) return "BOOL";
        if (value.nul() != null) return "NULL";
        return null;
    }

    /** DynamoDB's equality: numbers numerically, sets regardless of order, lists and maps deeply. */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        String type = type(a);
        if (type == null || !type.equals(type(b))) {
            return false;
        }
        switch (type) {
            case "S": return a.s().equals(b.s());
            case "N": return Numbers.compare(a.n(), b.n()) == 0;
            case "B": return a.b().equals(b.b());
            case "BOOL": return a.bool().equals(b.bool());
            case "NULL": return true;
            case "SS": return new HashSet<>(a.ss()).equals(new HashSet<>(b.ss()));
            case "NS": return numberSet(a.ns()).equals(numberSet(b.ns()));
            case "BS": return new HashSet<>(a.bs()).equals(new HashSet<>(b.bs()));
            case "L": return listsEqual(a.l(), b.l());
            default: return mapsEqual(a.m(), b.m());
        }
    }

    /** @return whether two items (or maps) hold equal values under the same names */
    public static boolean mapsEqual(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> e : a.entrySet()) {
            if (!equal(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The item's size by DynamoDB's rules (names' UTF-8 length plus each value's size). */
    public static long itemSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += Bytes.utf8Length(e.getKey()) + size(e.getValue());
        }
        return size;
    }

    /** The size of one value by DynamoDB's rules (for key length limits). */
    public static long size(AttributeValue value) {
        switch (Objects.requireNonNull(type(value), "a value without a type")) {
            case "S": return Bytes.utf8Length(value.s());
            case "N": return Numbers.size(value.n());
            case "B": return value.b().asByteArrayUnsafe().length;
            case "BOOL":
            case "NULL": return 1;
            case "SS": {
                long sum = 0;
                for (String s : value.ss()) {
                    sum += Bytes.utf8Length(s);
                }
                return sum;
            }
            case "NS": {
                long sum = 0;
                for (String n : value.ns()) {
                    sum += Numbers.size(n);
                }
                return sum;
            }
            case "BS": {
                long sum = 0;
                for (SdkBytes b : value.bs()) {
                    sum += b.asByteArrayUnsafe().length;
                }
                return sum;
            }
            case "L": {
                long sum = 3;
                for (AttributeValue v : value.l()) {
                    sum += 1 + size(v);
                }
                return sum;
            }
            default: return 3 + value.m().size() + itemSize(value.m());
        }
    }

    /**
     * Orders two values of one scalar type (S, N or B), as {@code <}, {@code BETWEEN} and key order do.
     *
     * @throws IllegalArgumentException for values of different or non-scalar types
     */
    public static int compareScalars(AttributeValue a, AttributeValue b) {
        String type = type(a);
        if (!Objects.equals(type, type(b))) {
            throw new IllegalArgumentException("cannot order " + type + " against " + type(b));
        }
        switch (type) {
            case "S": return Bytes.compareUtf8(a.s(), b.s());
            case "N": return Numbers.compare(a.n(), b.n());
            case "B": return Bytes.compareUnsigned(a.b(), b.b());
            default: throw new IllegalArgumentException("cannot order values of type " + type);
        }
    }

    private static Set<String> numberSet(List<String> numbers) {
        Set<String> set = new HashSet<>();
        numbers.forEach(n -> set.add(Numbers.format(new java.math.BigDecimal(n))));
        return set;
    }

    private static boolean listsEqual(List<AttributeValue> a, List<AttributeValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #KEY_ORDER}: a class rather than a method reference, so that start-up spins no lambda. */
    private static final class KeyOrder implements Comparator<AttributeValue> {
        @Override
        public int compare(AttributeValue a, AttributeValue b) {
            return compareScalars(a, b);
        }
    }
}
