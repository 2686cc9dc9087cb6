package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for scalar types, which generated schemas name in their converter
 * constants. Collections and records are in {@link Collections}. Internal: users name their own
 * converters with {@code @Converter}.
 */
public final class Converters {

    private Converters() {}

    /** Shared values: attribute values are immutable. */
    private static final AttributeValue TRUE = AttributeValue.fromBool(true);
    private static final AttributeValue FALSE = AttributeValue.fromBool(false);

    /** {@code String} as S. */
    public static final AttributeConverter<String> STRING = new AttributeConverter<>() {
        @Override
        public AttributeValue write(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String read(AttributeValue value) {
            return requireS(value, "S (String)");
        }
    };

    /** {@code boolean}/{@code Boolean} as BOOL. */
    public static final AttributeConverter<Boolean> BOOLEAN = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public Boolean read(AttributeValue value) {
            if (value.bool() == null) {
                throw AttributeProblem.expected("BOOL (boolean)", value);
            }
            return value.bool();
        }
    };

    /** {@code int}/{@code Integer} as N. */
    public static final AttributeConverter<Integer> INTEGER = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Integer value) {
            return AttributeValue.fromN(value.toString());
        }

        @Override
        public Integer read(AttributeValue value) {
            return (int) whole(value, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    };

    /** {@code long}/{@code Long} as N. */
    public static final AttributeConverter<Long> LONG = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Long value) {
            return AttributeValue.fromN(value.toString());
        }

        @Override
        public Long read(AttributeValue value) {
            return whole(value, "long", Long.MIN_VALUE, Long.MAX_VALUE);
        }
    };

    /** {@code short}/{@code Short} as N. */
    public static final AttributeConverter<Short> SHORT = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Short value) {
            return AttributeValue.fromN(value.toString());
        }

        @Override
        public Short read(AttributeValue value) {
            return (short) whole(value, "short", Short.MIN_VALUE, Short.MAX_VALUE);
        }
    };

    /** {@code byte}/{@code Byte} as N. */
    public static final AttributeConverter<Byte> BYTE = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Byte value) {
            return AttributeValue.fromN(value.toString());
        }

        @Override
        public Byte read(AttributeValue value) {
            return (byte) whole(value, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
    };

    /**
     * {@code double}/{@code Double} as N, in normal form ({@code 1.0} as {@code 1}); NaN, infinities
     * and values outside DynamoDB's range are refused.
     */
    public static final AttributeConverter<Double> DOUBLE = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Double value) {
            checkFinite(value);
            return AttributeValue.fromN(value == 0 ? "0" : decimalText(Double.toString(value)));
        }

        @Override
        public Double read(AttributeValue value) {
            BigDecimal number = parse(value, "double");
            double result = number.doubleValue();
            if (Double.isInfinite(result) || (result == 0 && number.signum() != 0)) {
                throw outOfRange("double", number);
            }
            return result;
        }
    };

    /**
     * {@code float}/{@code Float} as N, written as the shortest text that reads back the same float,
     * in normal form; a stored number beyond a float's range is refused, not read as Infinity or 0.
     */
    public static final AttributeConverter<Float> FLOAT = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Float value) {
            checkFinite(value.doubleValue());
            return AttributeValue.fromN(value == 0 ? "0" : decimalText(value.toString()));
        }

        @Override
        public Float read(AttributeValue value) {
            BigDecimal number = parse(value, "float");
            float result = number.floatValue();
            if (Float.isInfinite(result) || (result == 0 && number.signum() != 0)) {
                throw outOfRange("float", number);
            }
            return result;
        }
    };

    /**
     * {@code BigDecimal} as N in normal form: at most 38 significant digits; trailing zeros are not
     * kept by DynamoDB, nor written ({@code 12.50} as {@code 12.5}, {@code 1E+2} as {@code 100}).
     */
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = new AttributeConverter<>() {
        @Override
        public AttributeValue write(BigDecimal value) {
            return AttributeValue.fromN(normal(checkNumber(value)));
        }

        @Override
        public BigDecimal read(AttributeValue value) {
            return parse(value, "BigDecimal");
        }
    };

    /** {@code BigInteger} as N: at most 38 digits. */
    public static final AttributeConverter<BigInteger> BIG_INTEGER = new AttributeConverter<>() {
        @Override
        public AttributeValue write(BigInteger value) {
            checkNumber(new BigDecimal(value));
            return AttributeValue.fromN(value.toString());
        }

        @Override
        public BigInteger read(AttributeValue value) {
            BigDecimal number = parse(value, "BigInteger");
            try {
                return number.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw notWhole("BigInteger", number, e);
            }
        }
    };

    /** {@code byte[]} as B; the array is copied both ways. */
    public static final AttributeConverter<byte[]> BYTES = new AttributeConverter<>() {
        @Override
        public AttributeValue write(byte[] value) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(value));
        }

        @Override
        public byte[] read(AttributeValue value) {
            if (value.b() == null) {
                throw AttributeProblem.expected("B (byte[])", value);
            }
            return value.b().asByteArray();
        }
    };

    /** {@code UUID} as S in its canonical form. */
    public static final AttributeConverter<UUID> UUID_STRING = new AttributeConverter<>() {
        @Override
        public AttributeValue write(UUID value) {
            return AttributeValue.fromS(value.toString());
        }

        @Override
        public UUID read(AttributeValue value) {
            String s = requireS(value, "S (UUID)");
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                throw new AttributeProblem("must be a UUID, found \"" + s + "\"", e);
            }
        }
    };

    /**
     * {@code Instant} as S: ISO-8601 in UTC with nine fraction digits
     * ({@code 2026-11-25T14:16:34.123456789Z}), so that string order is time order; reads also
     * accept any ISO-8601 instant or offset date-time, as other writers produce.
     */
    public static final AttributeConverter<Instant> INSTANT = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Instant value) {
            return AttributeValue.fromS(InstantText.format(value));
        }

        @Override
        public Instant read(AttributeValue value) {
            String s = requireS(value, "S (Instant)");
            try {
                return InstantText.parse(s);
            } catch (DateTimeParseException e) {
                throw new AttributeProblem("must be an ISO-8601 instant, found \"" + s + "\"", e);
            }
        }
    };

    /** {@code LocalDate} as S, ISO-8601 ({@code 2026-11-25}). */
    public static final AttributeConverter<LocalDate> LOCAL_DATE = new AttributeConverter<>() {
        @Override
        public AttributeValue write(LocalDate value) {
            return AttributeValue.fromS(value.toString());
        }

        @Override
        public LocalDate read(AttributeValue value) {
            String s = requireS(value, "S (LocalDate)");
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new AttributeProblem("must be an ISO-8601 date, found \"" + s + "\"", e);
            }
        }
    };

    /** A {@code @Ttl Instant} as N, epoch seconds, the form DynamoDB's time to live reads. */
    public static final AttributeConverter<Instant> EPOCH_SECONDS = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Instant value) {
            return AttributeValue.fromN(Long.toString(value.getEpochSecond()));
        }

        @Override
        public Instant read(AttributeValue value) {
            return Instant.ofEpochSecond(whole(value, "epoch seconds", Long.MIN_VALUE, Long.MAX_VALUE));
        }
    };

    /**
     * @param type the enum class
     * @param <E> the enum
     * @return a converter that stores the constant's name as S
     */
    public static <E extends Enum<E>> AttributeConverter<E> enumOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        AttributeValue[] names = new AttributeValue[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = AttributeValue.fromS(constant.name());
        }
        return new AttributeConverter<>() {
            @Override
            public AttributeValue write(E value) {
                return names[value.ordinal()];
            }

            @Override
            public E read(AttributeValue value) {
                String s = value.s();
                if (s == null) {
                    throw AttributeProblem.expected("S (" + type.getSimpleName() + ")", value);
                }
                try {
                    return Enum.valueOf(type, s);
                } catch (IllegalArgumentException e) {
                    throw new AttributeProblem("must be one of " + Arrays.toString(type.getEnumConstants())
                            + ", found \"" + s + "\"", e);
                }
            }
        };
    }

    static String requireS(AttributeValue value, String expected) {
        if (value.s() == null) {
            throw AttributeProblem.expected(expected, value);
        }
        return value.s();
    }


    /**
     * DynamoDB's normal form of a number, the text it returns whatever text it was sent: plain
     * digits without exponent, no trailing fraction zeros, no sign on zero ({@code 1E+2} is
     * {@code 100}, {@code 1.50} is {@code 1.5}, {@code -0} is {@code 0}). Every converter writes
     * numbers in this form, so that keys, cursors and comparisons agree with what comes back.
     *
     * @param number a number
     * @return its normal form
     */
    public static String normal(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    /**
     * @param text a number's text as DynamoDB accepts it
     * @return its normal form, or the text itself if it is not a number
     */
    public static String normal(String text) {
        try {
            return normal(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static AttributeProblem outOfRange(String javaType, BigDecimal stored) {
        return new AttributeProblem("must be a number within the range of " + javaType + ", found "
                + stored.stripTrailingZeros(), null);
    }

    private static BigDecimal parse(AttributeValue value, String javaType) {
        String n = value.n();
        if (n == null) {
            throw AttributeProblem.expected("N (" + javaType + ")", value); // built only on failure
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            throw new AttributeProblem("must be a number, found \"" + n + "\"", e);
        }
    }

    /** A stored number that must convert exactly: 2.5 or 1e20 into an int is a mismatch, not a silent cut. */
    private static long whole(AttributeValue value, String javaType, long min, long max) {
        String n = value.n();
        int length = n == null ? 0 : n.length();
        int start = length > 0 && n.charAt(0) == '-' ? 1 : 0;
        if (length > start && length - start <= 18) { // plain digits, as DynamoDB returns them: no BigDecimal
            long result = 0;
            int i = start;
            for (; i < length; i++) {
                int digit = n.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                result = result * 10 + digit;
            }
            result = start == 1 ? -result : result;
            if (i == length && result >= min && result <= max) {
                return result;
            }
        }
        return wholeOrFail(value, javaType, min, max);
    }

    /** Exponents, leading '+', out of range and malformed text: exact but slower, with the failure's message. */
    private static long wholeOrFail(AttributeValue value, String javaType, long min, long max) {
        BigDecimal number = parse(value, javaType);
        try {
            long result = number.longValueExact();
            if (result >= min && result <= max) {
                return result;
            }
        } catch (ArithmeticException e) {
            throw notWhole(javaType, number, e);
        }
        throw notWhole(javaType, number, null);
    }

    private static AttributeProblem notWhole(String javaType, BigDecimal number, Throwable cause) {
        return new AttributeProblem("must be a whole number that fits " + javaType + ", found " + number, cause);
    }

    private static void checkFinite(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("is " + value + ", which DynamoDB cannot store as a number");
        }
    }

    /**
     * The normal form of a non-zero double's or float's {@code toString()}. Without an exponent
     * (magnitude from 1E-3 to 1E7) it is well inside DynamoDB's range and precision, and only its
     * trailing fraction zeros go ({@code 100.0} is {@code 100}); with one, it is checked and
     * rewritten through {@link BigDecimal}.
     */
    private static String decimalText(String text) {
        if (text.indexOf('E') >= 0) {
            return normal(checkNumber(new BigDecimal(text)));
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, text.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /** DynamoDB numbers: up to 38 significant digits, magnitude between 1E-130 and 9.99...E+125. */
    private static BigDecimal checkNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (stripped.precision() > 38) {
            throw new IllegalArgumentException("has " + stripped.precision()
                    + " significant digits, but DynamoDB numbers hold at most 38: " + value);
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent > 125 || exponent < -130) {
            throw new IllegalArgumentException("is outside DynamoDB's number range (1E-130 to 9.9E+125 in magnitude): " + value);
        }
        return stripped;
    }
}
