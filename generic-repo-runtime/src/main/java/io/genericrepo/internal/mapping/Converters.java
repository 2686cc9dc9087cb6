package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for scalar types, which generated schemas name in their converter
 * constants. The common types have a class each, so that the JIT compiles each alone; the others
 * share one, {@link ScalarConverter}, so that initialising every constant (as a generated schema
 * does) loads few classes. Collections and records are in {@link CollectionConverters}. Internal:
 * users name their own converters with {@code @Converter}.
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
            return (int) NumberText.whole(value, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
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
            return NumberText.whole(value, "long", Long.MIN_VALUE, Long.MAX_VALUE);
        }
    };

    /** {@code short}/{@code Short} as N. */
    public static final AttributeConverter<Short> SHORT = new ScalarConverter<>(ScalarConverter.SHORT);

    /** {@code byte}/{@code Byte} as N. */
    public static final AttributeConverter<Byte> BYTE = new ScalarConverter<>(ScalarConverter.BYTE);

    /**
     * {@code double}/{@code Double} as N, in normal form ({@code 1.0} as {@code 1}); NaN, infinities
     * and values outside DynamoDB's range are refused.
     */
    public static final AttributeConverter<Double> DOUBLE = new AttributeConverter<>() {
        @Override
        public AttributeValue write(Double value) {
            NumberText.checkFinite(value);
            return AttributeValue.fromN(value == 0 ? "0" : NumberText.decimalText(Double.toString(value)));
        }

        @Override
        public Double read(AttributeValue value) {
            BigDecimal number = NumberText.parse(value, "double");
            double result = number.doubleValue();
            if (Double.isInfinite(result) || (result == 0 && number.signum() != 0)) {
                throw NumberText.outOfRange("double", number);
            }
            return result;
        }
    };

    /**
     * {@code float}/{@code Float} as N, written as the shortest text that reads back the same float,
     * in normal form; a stored number beyond a float's range is refused, not read as Infinity or 0.
     */
    public static final AttributeConverter<Float> FLOAT = new ScalarConverter<>(ScalarConverter.FLOAT);

    /**
     * {@code BigDecimal} as N in normal form: at most 38 significant digits; trailing zeros are not
     * kept by DynamoDB, nor written ({@code 12.50} as {@code 12.5}, {@code 1E+2} as {@code 100}).
     */
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = new AttributeConverter<>() {
        @Override
        public AttributeValue write(BigDecimal value) {
            return AttributeValue.fromN(NumberText.plain(NumberText.checkNumber(value)));
        }

        @Override
        public BigDecimal read(AttributeValue value) {
            return NumberText.parse(value, "BigDecimal");
        }
    };

    /** {@code BigInteger} as N: at most 38 digits. */
    public static final AttributeConverter<BigInteger> BIG_INTEGER = new ScalarConverter<>(ScalarConverter.BIG_INTEGER);

    /** {@code byte[]} as B; the array is copied both ways. */
    public static final AttributeConverter<byte[]> BYTES = new ScalarConverter<>(ScalarConverter.BYTES);

    /** {@code UUID} as S in its canonical form. */
    public static final AttributeConverter<UUID> UUID_STRING = new ScalarConverter<>(ScalarConverter.UUID_STRING);

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
    public static final AttributeConverter<LocalDate> LOCAL_DATE = new ScalarConverter<>(ScalarConverter.LOCAL_DATE);

    /** A {@code @Ttl Instant} as N, epoch seconds, the form DynamoDB's time to live reads. */
    public static final AttributeConverter<Instant> EPOCH_SECONDS = new ScalarConverter<>(ScalarConverter.EPOCH_SECONDS);

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
}
