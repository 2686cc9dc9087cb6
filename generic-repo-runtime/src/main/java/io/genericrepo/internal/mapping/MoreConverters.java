package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The built-in converters for the less common scalar types, which generated schemas name in their
 * converter constants; they share one class, {@link ScalarConverter}. Apart from
 * {@link Converters} so that a schema whose record uses none of these types does not load that
 * class in a fresh JVM. Internal: users name their own converters with {@code @Converter}.
 */
public final class MoreConverters {

    private MoreConverters() {}

    /** {@code short}/{@code Short} as N. */
    public static final AttributeConverter<Short> SHORT = new ScalarConverter<>(ScalarConverter.SHORT);

    /** {@code byte}/{@code Byte} as N. */
    public static final AttributeConverter<Byte> BYTE = new ScalarConverter<>(ScalarConverter.BYTE);

    /**
     * {@code float}/{@code Float} as N, written as the shortest text that reads back the same float,
     * in normal form; a stored number beyond a float's range is refused, not read as Infinity or 0.
     */
    public static final AttributeConverter<Float> FLOAT = new ScalarConverter<>(ScalarConverter.FLOAT);

    /** {@code BigInteger} as N: at most 38 digits. */
    public static final AttributeConverter<BigInteger> BIG_INTEGER = new ScalarConverter<>(ScalarConverter.BIG_INTEGER);

    /** {@code byte[]} as B; the array is copied both ways. */
    public static final AttributeConverter<byte[]> BYTES = new ScalarConverter<>(ScalarConverter.BYTES);

    /** {@code UUID} as S in its canonical form. */
    public static final AttributeConverter<UUID> UUID_STRING = new ScalarConverter<>(ScalarConverter.UUID_STRING);

    /** {@code LocalDate} as S, ISO-8601 ({@code 2026-11-25}). */
    public static final AttributeConverter<LocalDate> LOCAL_DATE = new ScalarConverter<>(ScalarConverter.LOCAL_DATE);

    /** A {@code @Ttl Instant} as N, epoch seconds, the form DynamoDB's time to live reads. */
    public static final AttributeConverter<Instant> EPOCH_SECONDS = new ScalarConverter<>(ScalarConverter.EPOCH_SECONDS);
}
