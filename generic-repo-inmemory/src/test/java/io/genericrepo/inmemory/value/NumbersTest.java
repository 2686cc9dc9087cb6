package io.genericrepo.inmemory.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 1", "1E2, 100", "0.10, 0.1", "-0, 0", "0.000, 0", "007, 7", "-1.50, -1.5", ".5, 0.5", "5., 5",
        "1e-3, 0.001", "-12E+1, -120", "123456789012345678901234567890.12345678, 123456789012345678901234567890.12345678"
    })
    void normalisesToPlainTextWithoutRedundantZeros(String in, String out) {
        assertEquals(out, Numbers.normalise(in));
    }

    @Test
    void acceptsTheExtremesOfTheRange() {
        String max = "9.9999999999999999999999999999999999999E+125";
        assertEquals(new BigDecimal(max).toPlainString(), Numbers.normalise(max));
        assertEquals(new BigDecimal("-" + max).toPlainString(), Numbers.normalise("-" + max));
        assertEquals(new BigDecimal("1E-130").toPlainString(), Numbers.normalise("1E-130"));
        assertEquals("1" + "0".repeat(125), Numbers.normalise("1E125"));
        // trailing zeros are not significant digits
        assertEquals("1" + "0".repeat(50), Numbers.normalise("1" + "0".repeat(50)));
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertMessage("Number overflow. Attempting to store a number with magnitude larger than supported range", "1E126");
        assertMessage("Number overflow. Attempting to store a number with magnitude larger than supported range", "-1E126");
        assertMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range", "1E-131");
        assertMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range", "-0.99E-130");
    }

    @Test
    void refusesMoreThan38SignificantDigits() {
        assertEquals("1" + "2".repeat(37), Numbers.normalise("1" + "2".repeat(37)));
        assertMessage("Attempting to store more than 38 significant digits in a Number", "1" + "2".repeat(38));
        assertMessage("Attempting to store more than 38 significant digits in a Number", "0.1" + "2".repeat(38));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1x", "1e", "--1", "1.2.3", " 1", "Infinity", "NaN", "0x10", "e5", "1e99999999999"})
    void refusesTextThatIsNoNumber(String text) {
        assertMessage("The parameter cannot be converted to a numeric value: " + text, text);
    }

    @Test
    void refusesEmptyTextWithoutEchoingIt() {
        assertMessage("The parameter cannot be converted to a numeric value", "");
    }

    @Test
    void comparesNumerically() {
        assertTrue(Numbers.compare("10", "9") > 0);
        assertTrue(Numbers.compare("-10", "-9") < 0);
        assertEquals(0, Numbers.compare("1.0", "1"));
        assertTrue(Numbers.compare("0.001", "1E-4") > 0);
        assertTrue(Numbers.compare("1E125", "99999999999999999999999999999999999999") > 0);
    }

    @Test
    void checkRangeAppliesToComputedNumbers() {
        assertEquals("0", Numbers.format(Numbers.checkRange(new BigDecimal("0.000"))));
        assertThrows(DynamoDbException.class, () -> Numbers.checkRange(new BigDecimal("1E200")));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 2", "12, 2", "123, 3", "1234, 3", "-1, 3", "10, 2", "0.1, 2", "100, 2", "12.3, 3", "1.2, 3", "120, 3", "-1.2, 4"})
    void sizeFollowsTheServiceFormula(String number, int size) {
        assertEquals(size, Numbers.size(number));
    }

    private static void assertMessage(String message, String text) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> Numbers.normalise(text));
        assertEquals(message, e.awsErrorDetails().errorMessage());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
    }
}
