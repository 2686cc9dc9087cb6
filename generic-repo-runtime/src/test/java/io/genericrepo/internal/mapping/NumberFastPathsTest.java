package io.genericrepo.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The converters' fast paths for doubles, floats and whole numbers give what the exact
 * {@link BigDecimal} route gives: the same text written, the same values read, the same failures.
 */
class NumberFastPathsTest {

    @Test
    void doublesAreWrittenInTheNormalFormOfTheirDecimalText() {
        Random random = new Random(3);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 100.0, 0.001, 0.00099, 9_999_999.0,
                10_000_000.0, 19.99, 0.1, 1e125, 1e-130, -1e-130, 123456789.125, 1.0E-5, 5e-324 * 1e200));
        for (int i = 0; i < 50_000; i++) {
            values.add(switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong()) % 1e20;
                case 1 -> random.nextInt(1_000_000) / 100.0;
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-20, 20));
            });
        }
        for (double value : values) {
            if (!Double.isFinite(value) || value != 0 && (Math.abs(value) < 1e-130 || Math.abs(value) >= 1e126)) {
                continue;
            }
            assertEquals(Converters.normal(new BigDecimal(Double.toString(value))), Converters.DOUBLE.write(value).n(),
                    Double.toString(value));
            float f = (float) value;
            if (Float.isFinite(f)) {
                assertEquals(Converters.normal(new BigDecimal(Float.toString(f))), MoreConverters.FLOAT.write(f).n(),
                        Float.toString(f));
            }
        }
    }

    @Test
    void doublesOutsideDynamoDbsRangeAreStillRefusedWithTheNumber() {
        assertEquals("is outside DynamoDB's number range (1E-130 to 9.9E+125 in magnitude): 1.7976931348623157E+308",
                assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(Double.MAX_VALUE)).getMessage());
        assertEquals("is outside DynamoDB's number range (1E-130 to 9.9E+125 in magnitude): 1.0E-131",
                assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(1e-131)).getMessage());
        assertEquals("is -Infinity, which DynamoDB cannot store as a number",
                assertThrows(IllegalArgumentException.class, () -> MoreConverters.FLOAT.write(Float.NEGATIVE_INFINITY)).getMessage());
    }

    @Test
    void wholeNumbersReadAsTheExactRouteReadsThem() {
        List<String> texts = List.of("0", "-0", "7", "007", "-42", "2147483647", "2147483648", "-2147483648",
                "-2147483649", "999999999999999999", "-999999999999999999", "9223372036854775807",
                "9223372036854775808", "-9223372036854775808", "1E+2", "+5", "2.0", "2.5", "-", "", "1-2", "1 ", "abc",
                "32767", "32768", "-129", "127");
        for (String text : texts) {
            AttributeValue value = AttributeValue.fromN(text);
            assertSameOutcome(text, () -> exactLong(text, Long.MIN_VALUE, Long.MAX_VALUE), () -> Converters.LONG.read(value));
            assertSameOutcome(text, () -> exactLong(text, Integer.MIN_VALUE, Integer.MAX_VALUE),
                    () -> (long) Converters.INTEGER.read(value));
            assertSameOutcome(text, () -> exactLong(text, Short.MIN_VALUE, Short.MAX_VALUE),
                    () -> (long) MoreConverters.SHORT.read(value));
            assertSameOutcome(text, () -> exactLong(text, Byte.MIN_VALUE, Byte.MAX_VALUE),
                    () -> (long) MoreConverters.BYTE.read(value));
        }
        assertEquals("must be a number, found \"1-2\"",
                assertThrows(AttributeProblem.class, () -> Converters.INTEGER.read(AttributeValue.fromN("1-2"))).getMessage());
        assertEquals("must be a whole number that fits int, found 2147483648", assertThrows(AttributeProblem.class,
                () -> Converters.INTEGER.read(AttributeValue.fromN("2147483648"))).getMessage());
    }

    /** What the converters did before their fast path: BigDecimal, then an exact conversion. */
    private static long exactLong(String text, long min, long max) {
        long result = new BigDecimal(text).longValueExact();
        if (result < min || result > max) {
            throw new ArithmeticException("out of range");
        }
        return result;
    }

    private static void assertSameOutcome(String text, java.util.function.LongSupplier exact,
            java.util.function.LongSupplier converter) {
        long expected;
        try {
            expected = exact.getAsLong();
        } catch (ArithmeticException | NumberFormatException e) {
            assertThrows(AttributeProblem.class, converter::getAsLong, text);
            return;
        }
        assertEquals(expected, converter.getAsLong(), text);
    }
}
