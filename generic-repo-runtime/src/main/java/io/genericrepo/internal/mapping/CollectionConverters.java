package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converters for lists (L), maps (M), string and number sets (SS, NS) and nested records (M),
 * built from the converters of their elements. Problems inside an element are reported with the
 * element's path ({@code tags[2]}, {@code prices.EUR}). Internal.
 */
public final class CollectionConverters {

    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    private CollectionConverters() {}

    /**
     * @param element the element converter
     * @param <E> the element type
     * @return a converter of {@code List<E>} as L; null elements are stored as NULL
     */
    public static <E> AttributeConverter<List<E>> list(AttributeConverter<E> element) {
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(List<E> value) {
                List<AttributeValue> out = new ArrayList<>(value.size());
                int i = 0;
                for (E e : value) {
                    out.add(e == null ? NUL : writeElement(element, e, i));
                    i++;
                }
                return AttributeValue.fromL(out);
            }

            @Override
            public List<E> read(AttributeValue value) {
                if (!value.hasL()) {
                    throw AttributeProblem.expected("L (List)", value);
                }
                List<AttributeValue> in = value.l();
                List<E> out = new ArrayList<>(in.size());
                for (int i = 0; i < in.size(); i++) {
                    AttributeValue v = in.get(i);
                    try {
                        out.add(isNull(v) ? null : element.read(v));
                    } catch (RuntimeException e) {
                        throw MappingFailures.readElement(e, element, i);
                    }
                }
                return out;
            }
        };
    }

    /**
     * @param element the value converter
     * @param <V> the value type
     * @return a converter of {@code Map<String, V>} as M; null values are stored as NULL
     */
    public static <V> AttributeConverter<Map<String, V>> map(AttributeConverter<V> element) {
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(Map<String, V> value) {
                Map<String, AttributeValue> out = new LinkedHashMap<>(capacity(value.size()));
                for (Map.Entry<String, V> e : value.entrySet()) {
                    if (e.getKey() == null) {
                        throw new IllegalArgumentException("has a null map key, which DynamoDB cannot store");
                    }
                    V v = e.getValue();
                    out.put(e.getKey(), v == null ? NUL : writeElement(element, v, e.getKey()));
                }
                return AttributeValue.fromM(out);
            }

            @Override
            public Map<String, V> read(AttributeValue value) {
                if (!value.hasM()) {
                    throw AttributeProblem.expected("M (Map)", value);
                }
                Map<String, V> out = new LinkedHashMap<>(capacity(value.m().size()));
                for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
                    try {
                        out.put(e.getKey(), isNull(e.getValue()) ? null : element.read(e.getValue()));
                    } catch (RuntimeException x) {
                        throw MappingFailures.readEntry(x, element, e.getKey());
                    }
                }
                return out;
            }
        };
    }

    /**
     * @param element a converter that writes S (String, UUID, enums, dates)
     * @param <E> the element type
     * @return a converter of {@code Set<E>} as SS; an empty set is stored as no attribute
     */
    public static <E> AttributeConverter<Set<E>> stringSet(AttributeConverter<E> element) {
        return scalarSet(element, "SS", AttributeValue::s, AttributeValue::fromS, AttributeValue::ss,
                AttributeValue::hasSs, AttributeValue::fromSs);
    }

    /**
     * @param element a converter that writes N
     * @param <E> the element type
     * @return a converter of {@code Set<E>} as NS; an empty set is stored as no attribute
     */
    public static <E> AttributeConverter<Set<E>> numberSet(AttributeConverter<E> element) {
        return scalarSet(element, "NS", AttributeValue::n, AttributeValue::fromN, AttributeValue::ns,
                AttributeValue::hasNs, AttributeValue::fromNs);
    }

    /**
     * @param writer the generated method that writes the record's components
     * @param reader the generated method that reads them
     * @param <R> the record
     * @return a converter of a nested record as M
     */
    public static <R> AttributeConverter<R> record(Function<R, Map<String, AttributeValue>> writer,
            Function<Map<String, AttributeValue>, R> reader) {
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(R value) {
                return AttributeValue.fromM(writer.apply(value));
            }

            @Override
            public R read(AttributeValue value) {
                if (!value.hasM()) {
                    throw AttributeProblem.expected("M (record)", value);
                }
                return reader.apply(value.m());
            }
        };
    }

    private static <E> AttributeConverter<Set<E>> scalarSet(AttributeConverter<E> element, String setType,
            Function<AttributeValue, String> scalar, Function<String, AttributeValue> wrap,
            Function<AttributeValue, List<String>> members, Predicate<AttributeValue> has,
            Function<List<String>, AttributeValue> build) {
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(Set<E> value) {
                if (value.isEmpty()) {
                    return null; // DynamoDB cannot store an empty set
                }
                Set<String> out = new LinkedHashSet<>(capacity(value.size()));
                for (E e : value) {
                    if (e == null) {
                        throw new IllegalArgumentException("holds null, which a DynamoDB " + setType + " cannot store");
                    }
                    String s = scalar.apply(element.write(e));
                    if (s == null) {
                        throw new IllegalArgumentException("holds " + e + ", which is not stored as a "
                                + setType.charAt(0) + " and cannot go into a " + setType);
                    }
                    out.add(s);
                }
                return build.apply(new ArrayList<>(out));
            }

            @Override
            public Set<E> read(AttributeValue value) {
                if (!has.test(value)) {
                    throw AttributeProblem.expected(setType + " (Set)", value);
                }
                List<String> in = members.apply(value);
                Set<E> out = new LinkedHashSet<>(capacity(in.size()));
                for (String s : in) {
                    try {
                        out.add(element.read(wrap.apply(s)));
                    } catch (RuntimeException e) {
                        throw MappingFailures.readEntry(e, element, null);
                    }
                }
                return out;
            }
        };
    }

    private static <E> AttributeValue writeElement(AttributeConverter<E> element, E value, Object where) {
        try {
            AttributeValue written = element.write(value);
            return written == null ? NUL : written; // an empty set inside a list or map
        } catch (RuntimeException e) {
            throw MappingFailures.write(e, where, null);
        }
    }

    private static boolean isNull(AttributeValue value) {
        return Boolean.TRUE.equals(value.nul());
    }

    static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
