package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for scalar types, which generated schemas name in their converter
 * constants; every constant is a {@link ScalarConverter}, so that initialising them all loads one
 * class. Collections and records are in {@link CollectionConverters}. Internal: users name their
 * own converters with {@code @Converter}.
 */
public final class Converters {

    private Converters() {}

    /** {@code String} as S. */
    public static final AttributeConverter<String> STRING = new ScalarConverter<>(ScalarConverter.STRING);

    /** {@code boolean}/{@code Boolean} as BOOL. */
    public static final AttributeConverter<Boolean> BOOLEAN = new ScalarConverter<>(ScalarConverter.BOOLEAN);

    /** {@code int}/{@code Integer} as N. */
    public static final AttributeConverter<Integer> INTEGER = new ScalarConverter<>(ScalarConverter.INTEGER);

    /** {@code long}/{@code Long} as N. */
    public static final AttributeConverter<Long> LONG = new ScalarConverter<>(ScalarConverter.LONG);

    /** {@code short}/{@code Short} as N. */
    public static final AttributeConverter<Short> SHORT = new ScalarConverter<>(ScalarConverter.SHORT);

    /** {@code byte}/{@code Byte} as N. */
    public static final AttributeConverter<Byte> BYTE = new ScalarConverter<>(ScalarConverter.BYTE);

    /**
     * {@code double}/{@code Double} as N, in normal form ({@code 1.0} as {@code 1}); NaN, infinities
     * and values outside DynamoDB's range are refused.
     */
    public static final AttributeConverter<Double> DOUBLE = new ScalarConverter<>(ScalarConverter.DOUBLE);

    /**
     * {@code float}/{@code Float} as N, written as the shortest text that reads back the same float,
     * in normal form; a stored number beyond a float's range is refused, not read as Infinity or 0.
     */
    public static final AttributeConverter<Float> FLOAT = new ScalarConverter<>(ScalarConverter.FLOAT);

    /**
     * {@code BigDecimal} as N in normal form: at most 38 significant digits; trailing zeros are not
     * kept by DynamoDB, nor written ({@code 12.50} as {@code 12.5}, {@code 1E+2} as {@code 100}).
     */
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = new ScalarConverter<>(ScalarConverter.BIG_DECIMAL);

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
    public static final AttributeConverter<Instant> INSTANT = new ScalarConverter<>(ScalarConverter.INSTANT);

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
