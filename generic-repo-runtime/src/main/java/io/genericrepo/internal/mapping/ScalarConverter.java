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
 * Every built-in scalar converter, one instance per kind; each kind's rules are documented on its
 * constant in {@link Converters}. One class rather than one per type because a generated schema
 * initialises all of {@link Converters}' constants, and in a fresh JVM each class costs about
 * half a millisecond to load; one class keeps a mapper's first use close to hand-written code. A
 * value of another type fails with {@link ClassCastException}, as a converter per type would
 * ({@code Filters.fromMap} relies on it). Internal.
 *
 * @param <T> the Java type of the kind
 */
final class ScalarConverter<T> implements AttributeConverter<T> {

    static final int STRING = 0;
    static final int BOOLEAN = 1;
    static final int INTEGER = 2;
    static final int LONG = 3;
    static final int SHORT = 4;
    static final int BYTE = 5;
    static final int DOUBLE = 6;
    static final int FLOAT = 7;
    static final int BIG_DECIMAL = 8;
    static final int BIG_INTEGER = 9;
    static final int BYTES = 10;
    static final int UUID_STRING = 11;
    static final int INSTANT = 12;
    static final int LOCAL_DATE = 13;
    static final int EPOCH_SECONDS = 14;

    /** Shared values: attribute values are immutable. */
    private static final AttributeValue TRUE = AttributeValue.fromBool(true);
    private static final AttributeValue FALSE = AttributeValue.fromBool(false);

    private final int kind;

    ScalarConverter(int kind) {
        this.kind = kind;
    }

    @Override
    public AttributeValue write(T value) {
        return switch (kind) {
            case STRING -> AttributeValue.fromS((String) value);
            case BOOLEAN -> (Boolean) value ? TRUE : FALSE;
            case INTEGER -> AttributeValue.fromN(((Integer) value).toString());
            case LONG -> AttributeValue.fromN(((Long) value).toString());
            case SHORT -> AttributeValue.fromN(((Short) value).toString());
            case BYTE -> AttributeValue.fromN(((Byte) value).toString());
            case DOUBLE -> AttributeValue.fromN(decimal((Double) value, null));
            case FLOAT -> AttributeValue.fromN(decimal(((Float) value).doubleValue(), (Float) value));
            case BIG_DECIMAL -> AttributeValue.fromN(NumberText.plain(NumberText.checkNumber((BigDecimal) value)));
            case BIG_INTEGER -> AttributeValue.fromN(bigInteger((BigInteger) value));
            case BYTES -> AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) value));
            case UUID_STRING -> AttributeValue.fromS(((UUID) value).toString());
            case INSTANT -> AttributeValue.fromS(InstantText.format((Instant) value));
            case LOCAL_DATE -> AttributeValue.fromS(((LocalDate) value).toString());
            case EPOCH_SECONDS -> AttributeValue.fromN(Long.toString(((Instant) value).getEpochSecond()));
            default -> throw new IllegalStateException("no scalar kind " + kind);
        };
    }

    @Override
    @SuppressWarnings("unchecked") // each kind reads its own T
    public T read(AttributeValue value) {
        Object result = switch (kind) {
            case STRING -> Converters.requireS(value, "S (String)");
            case BOOLEAN -> bool(value);
            case INTEGER -> (int) NumberText.whole(value, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> NumberText.whole(value, "long", Long.MIN_VALUE, Long.MAX_VALUE);
            case SHORT -> (short) NumberText.whole(value, "short", Short.MIN_VALUE, Short.MAX_VALUE);
            case BYTE -> (byte) NumberText.whole(value, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
            case DOUBLE -> readDouble(value);
            case FLOAT -> readFloat(value);
            case BIG_DECIMAL -> NumberText.parse(value, "BigDecimal");
            case BIG_INTEGER -> readBigInteger(value);
            case BYTES -> bytes(value);
            case UUID_STRING -> uuid(value);
            case INSTANT -> instant(value);
            case LOCAL_DATE -> localDate(value);
            case EPOCH_SECONDS -> Instant.ofEpochSecond(NumberText.whole(value, "epoch seconds", Long.MIN_VALUE,
                    Long.MAX_VALUE));
            default -> throw new IllegalStateException("no scalar kind " + kind);
        };
        return (T) result;
    }

    /** A double or float in normal form; {@code asFloat} gives a float's own shortest text. */
    private static String decimal(double value, Float asFloat) {
        NumberText.checkFinite(value);
        if (value == 0) {
            return "0";
        }
        return NumberText.decimalText(asFloat == null ? Double.toString(value) : asFloat.toString());
    }

    private static String bigInteger(BigInteger value) {
        NumberText.checkNumber(new BigDecimal(value));
        return value.toString();
    }

    private static Boolean bool(AttributeValue value) {
        if (value.bool() == null) {
            throw AttributeProblem.expected("BOOL (boolean)", value);
        }
        return value.bool();
    }

    private static Double readDouble(AttributeValue value) {
        BigDecimal number = NumberText.parse(value, "double");
        double result = number.doubleValue();
        if (Double.isInfinite(result) || (result == 0 && number.signum() != 0)) {
            throw NumberText.outOfRange("double", number);
        }
        return result;
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
            throw new AttributeProblem("must be a UUID, found \"" + s + "\"", e);
        }
    }

    private static Instant instant(AttributeValue value) {
        String s = Converters.requireS(value, "S (Instant)");
        try {
            return InstantText.parse(s);
        } catch (DateTimeParseException e) {
            throw new AttributeProblem("must be an ISO-8601 instant, found \"" + s + "\"", e);
        }
    }

    private static LocalDate localDate(AttributeValue value) {
        String s = Converters.requireS(value, "S (LocalDate)");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new AttributeProblem("must be an ISO-8601 date, found \"" + s + "\"", e);
        }
    }
}
