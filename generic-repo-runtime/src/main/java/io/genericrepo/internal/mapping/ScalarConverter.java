package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The less common built-in scalar converters, one instance per kind; each kind's rules are
 * documented on its constant in {@link MoreConverters}. One class rather than one per type because
 * a generated schema that uses one of them initialises all of {@link MoreConverters}' constants,
 * and in a fresh JVM each class costs about half a millisecond to load. The common types (String, boolean, int, long, double,
 * BigDecimal, Instant) keep a class each: one method for all kinds made their JIT-compiled writes
 * exceed the inlining budget and allocate the SDK's builders (2.6 KB instead of 1.9 KB per item).
 * A value of another type fails with {@link ClassCastException}, as a converter per type would
 * ({@code Filters.fromMap} relies on it). Internal.
 *
 * @param <T> the Java type of the kind
 */
final class ScalarConverter<T> implements AttributeConverter<T> {

    static final int SHORT = 0;
    static final int BYTE = 1;
    static final int FLOAT = 2;
    static final int BIG_INTEGER = 3;
    static final int BYTES = 4;
    static final int UUID_STRING = 5;
    static final int LOCAL_DATE = 6;
    static final int EPOCH_SECONDS = 7;

    private final int kind;

    ScalarConverter(int kind) {
        this.kind = kind;
    }

    @Override
    public AttributeValue write(T value) {
        return switch (kind) {
            case SHORT -> AttributeValue.fromN(((Short) value).toString());
            case BYTE -> AttributeValue.fromN(((Byte) value).toString());
            case FLOAT -> AttributeValue.fromN(floatText((Float) value));
            case BIG_INTEGER -> AttributeValue.fromN(bigInteger((BigInteger) value));
            case BYTES -> AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) value));
            case UUID_STRING -> AttributeValue.fromS(((UUID) value).toString());
            case LOCAL_DATE -> AttributeValue.fromS(((LocalDate) value).toString());
            case EPOCH_SECONDS -> AttributeValue.fromN(Long.toString(((Instant) value).getEpochSecond()));
            default -> throw new IllegalStateException("no scalar kind " + kind);
        };
    }

    @Override
    @SuppressWarnings("unchecked") // each kind reads its own T
    public T read(AttributeValue value) {
        Object result = switch (kind) {
            case SHORT -> (short) NumberText.whole(value, "short", Short.MIN_VALUE, Short.MAX_VALUE);
            case BYTE -> (byte) NumberText.whole(value, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
            case FLOAT -> readFloat(value);
            case BIG_INTEGER -> readBigInteger(value);
            case BYTES -> bytes(value);
            case UUID_STRING -> uuid(value);
            case LOCAL_DATE -> localDate(value);
            case EPOCH_SECONDS -> Instant.ofEpochSecond(NumberText.whole(value, "epoch seconds", Long.MIN_VALUE,
                    Long.MAX_VALUE));
            default -> throw new IllegalStateException("no scalar kind " + kind);
        };
        return (T) result;
    }

    private static String floatText(Float value) {
        NumberText.checkFinite(value.doubleValue());
        return value == 0 ? "0" : NumberText.decimalText(value.toString());
    }

    private static String bigInteger(BigInteger value) {
        NumberText.checkNumber(new BigDecimal(value));
        return value.toString();
    }



    private static Float readFloat(AttributeValue value) {
        BigDecimal number = NumberText.parse(value, "float");
        float result = number.floatValue();
        if (Float.isInfinite(result) || (result == 0 && number.signum() != 0)) {
            throw NumberText.outOfRange("float", number);
        }
        return result;
    }

    private static BigInteger readBigInteger(AttributeValue value) {
        BigDecimal number = NumberText.parse(value, "BigInteger");
        try {
            return number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw NumberText.notWhole("BigInteger", number, e);
        }
    }

    private static byte[] bytes(AttributeValue value) {
        if (value.b() == null) {
            throw AttributeProblem.expected("B (byte[])", value);
        }
        return value.b().asByteArray();
    }

    private static UUID uuid(AttributeValue value) {
        String s = Converters.requireS(value, "S (UUID)");
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw AttributeProblem.of("must be a UUID, found \"" + s + "\"", e);
        }
    }


    private static LocalDate localDate(AttributeValue value) {
        String s = Converters.requireS(value, "S (LocalDate)");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw AttributeProblem.of("must be an ISO-8601 date, found \"" + s + "\"", e);
        }
    }
}
