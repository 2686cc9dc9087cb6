package io.genericrepo.internal.keys;

import io.genericrepo.AttributeConverter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in {@link KeyPart}s the processor picks by component type. Each writes text whose
 * order (by UTF-8 bytes, as DynamoDB compares string keys) is the order of the values, and reads
 * back only the exact text it writes, so a key written by someone else is refused, not guessed at:
 *
 * <ul>
 *   <li>{@link #STRING}: the string itself (DynamoDB's own string order).
 *   <li>{@link #INTEGER}, {@link #LONG}: sign-aware, fixed width: {@code 42} is {@code 00000000042},
 *       {@code -1} is {@code -2147483647} (a minus, then the value plus 2<sup>31</sup>), so that every
 *       negative sorts before zero and text order is numeric order.
 *   <li>{@link #INSTANT}: UTC, nine fraction digits, 30 characters ({@code 2026-03-01T10:15:30.000000000Z}),
 *       years 0000 to 9999.
 *   <li>{@link #LOCAL_DATE}: ISO {@code 2026-03-01}, years 0000 to 9999.
 *   <li>{@link #UUID}: lower-case canonical form; text order is unsigned order (time order for version 7).
 *   <li>{@link #BOOLEAN}: {@code false} or {@code true}.
 *   <li>{@link #enumOf(Class)}: the constant's name; the order is the names' text order, not the ordinal.
 *   <li>{@link #of(AttributeConverter)}: a converter that stores S; no order is promised.
 * </ul>
 *
 * <p>{@code BigDecimal}, {@code double} and {@code float} have no part: equal decimals have
 * different texts ({@code 1.0}, {@code 1.00}) and no fixed width keeps their order, so the
 * processor refuses them in a template.
 */
public final class KeyParts {

    private KeyParts() {}

    private static final String DIGITS = "-0123456789";
    private static final DateTimeFormatter INSTANT_TEXT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();
    private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** {@code String}: the text itself. */
    public static final KeyPart<String> STRING = new KeyPart<>() {
        @Override
        public String write(String value) {
            return value;
        }

        @Override
        public String read(String text) {
            return text;
        }

        @Override
        public String describe() {
            return "a String";
        }
    };

    /** {@code int}/{@code Integer}: 11 characters, sign-aware. */
    public static final KeyPart<Integer> INTEGER = new FixedWidth<>("an int", 11, DIGITS, "00000000042 or -2147483647") {
        @Override
        public String write(Integer value) {
            return signed(value, 10);
        }

        @Override
        Integer parse(String text) {
            long v = unsigned(text, 10);
            return Math.toIntExact(v);
        }
    };

    /** {@code long}/{@code Long}: 20 characters, sign-aware. */
    public static final KeyPart<Long> LONG = new FixedWidth<>("a long", 20, DIGITS, "00000000000000000042 or -9223372036854775807") {
        @Override
        public String write(Long value) {
            return signed(value, 19);
        }

        @Override
        Long parse(String text) {
            return unsigned(text, 19);
        }
    };

    /** {@code Instant}: UTC with nine fraction digits, 30 characters, years 0000 to 9999. */
    public static final KeyPart<Instant> INSTANT = new FixedWidth<>("an Instant", 30, "-.0123456789:TZ", "2026-03-01T10:15:30.000000000Z") {
        @Override
        public String write(Instant value) {
            if (value.isBefore(FIRST_INSTANT) || value.isAfter(LAST_INSTANT)) {
                throw new IllegalArgumentException(value + " is outside the years 0000 to 9999 that a key's"
                        + " fixed-width time text can hold");
            }
            return INSTANT_TEXT.format(value);
        }

        @Override
        Instant parse(String text) {
            return Instant.parse(text);
        }
    };

    /** {@code LocalDate}: ISO {@code yyyy-MM-dd}, years 0000 to 9999. */
    public static final KeyPart<LocalDate> LOCAL_DATE = new FixedWidth<>("a LocalDate", 10, DIGITS, "2026-03-01") {
        @Override
        public String write(LocalDate value) {
            if (value.getYear() < 0 || value.getYear() > 9999) {
                throw new IllegalArgumentException(value + " is outside the years 0000 to 9999 that a key's"
                        + " fixed-width date text can hold");
            }
            return value.toString();
        }

        @Override
        LocalDate parse(String text) {
            return LocalDate.parse(text);
        }
    };

    /** {@code UUID}: lower-case canonical form, 36 characters. */
    public static final KeyPart<UUID> UUID = new FixedWidth<>("a UUID", 36, "-0123456789abcdef",
            "0190e3b4-6c1f-7a2b-8c3d-4e5f60718293") {
        @Override
        public String write(UUID value) {
            return value.toString();
        }

        @Override
        UUID parse(String text) {
            return java.util.UUID.fromString(text);
        }
    };

    /** {@code boolean}/{@code Boolean}: {@code false} or {@code true}. */
    public static final KeyPart<Boolean> BOOLEAN = new KeyPart<>() {
        @Override
        public String write(Boolean value) {
            return value.toString();
        }

        @Override
        public Boolean read(String text) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException("\"" + text + "\" is not a boolean's key text: expected true or false");
        }

        @Override
        public String describe() {
            return "a boolean";
        }
    };

    /**
     * @param type the enum
     * @param <E> the enum
     * @return a part writing the constant's name
     */
    public static <E extends Enum<E>> KeyPart<E> enumOf(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return new KeyPart<>() {
            @Override
            public String write(E value) {
                return value.name();
            }

            @Override
            public E read(String text) {
                for (E e : type.getEnumConstants()) {
                    if (e.name().equals(text)) {
                        return e;
                    }
                }
                throw new IllegalArgumentException("\"" + text + "\" is not a constant of " + type.getSimpleName()
                        + ": expected one of " + Arrays.toString(type.getEnumConstants()));
            }

            @Override
            public String describe() {
                return "a " + type.getSimpleName();
            }
        };
    }

    /**
     * @param converter a converter that stores the type as S
     * @param <V> the type
     * @return a part writing the converter's string; its order is not promised ({@link KeyPart#ordered()} is false)
     */
    public static <V> KeyPart<V> of(AttributeConverter<V> converter) {
        Objects.requireNonNull(converter, "converter");
        return new KeyPart<>() {
            @Override
            public String write(V value) {
                AttributeValue stored = converter.write(value);
                if (stored == null || stored.s() == null) {
                    throw new IllegalArgumentException("converter " + converter.getClass().getName() + " stored "
                            + value + " as " + (stored == null ? "no attribute" : stored.type())
                            + "; a key component's converter must store S");
                }
                return stored.s();
            }

            @Override
            public V read(String text) {
                return converter.read(AttributeValue.fromS(text));
            }

            @Override
            public String describe() {
                return "a value of converter " + converter.getClass().getName();
            }

            @Override
            public boolean ordered() {
                return false;
            }
        };
    }

    /** The sign-aware text of {@code value} with {@code digits} digits after the sign position. */
    static String signed(long value, int digits) {
        StringBuilder b = new StringBuilder(digits + 1);
        String magnitude;
        if (value >= 0) {
            b.append('0');
            magnitude = Long.toString(value);
        } else {
            b.append('-');
            // the value plus 2^(bits-1): 0 for the most negative value, so larger magnitudes sort first
            magnitude = Long.toString(digits == 10 ? value - Integer.MIN_VALUE : value - Long.MIN_VALUE);
        }
        b.append("0".repeat(digits - magnitude.length())).append(magnitude);
        return b.toString();
    }

    /** Reads what {@link #signed} writes; the caller checked width and alphabet. */
    static long unsigned(String text, int digits) {
        String magnitude = text.substring(1);
        if (magnitude.indexOf('-') >= 0) {
            throw new IllegalArgumentException("a minus may only come first");
        }
        long v = Long.parseUnsignedLong(magnitude);
        long max = digits == 10 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (Long.compareUnsigned(v, max) > 0) {
            throw new IllegalArgumentException("the digits exceed " + max);
        }
        if (text.charAt(0) == '-') {
            return digits == 10 ? v + Integer.MIN_VALUE : v + Long.MIN_VALUE;
        }
        return v;
    }

    /** A part whose texts all have one width and alphabet; reads only the exact text it writes. */
    private abstract static class FixedWidth<V> implements KeyPart<V> {
        private final String description;
        private final int width;
        private final String alphabet;
        private final String example;

        FixedWidth(String description, int width, String alphabet, String example) {
            this.description = description;
            this.width = width;
            this.alphabet = alphabet;
            this.example = example;
        }

        abstract V parse(String text);

        @Override
        public final V read(String text) {
            String problem;
            if (text.length() != width) {
                problem = "it has " + text.length() + " characters, not " + width;
            } else {
                try {
                    V value = parse(text);
                    if (write(value).equals(text)) {
                        return value;
                    }
                    problem = "it is not in the canonical form " + write(value);
                } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
                    problem = e.getMessage();
                }
            }
            throw new IllegalArgumentException("\"" + text + "\" is not " + description + "'s key text ("
                    + problem + "); expected " + width + " characters such as " + example);
        }


        @Override
        public String describe() {
            return description;
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public String alphabet() {
            return alphabet;
        }
    }
}
