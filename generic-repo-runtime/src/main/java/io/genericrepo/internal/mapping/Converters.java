package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for the common scalar types, which generated schemas name in their
 * converter constants; each has a class, so that the JIT compiles each alone. The less common
 * types are in {@link MoreConverters}, so that a schema that uses none of them does not load their
 * class when it initialises these constants. Collections and records are in
 * {@link CollectionConverters}. Internal: users name their own converters with {@code @Converter}.
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
                throw AttributeProblem.of("must be an ISO-8601 instant, found \"" + s + "\"", e);
            }
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
                    throw AttributeProblem.of("must be one of " + Arrays.toString(type.getEnumConstants())
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
