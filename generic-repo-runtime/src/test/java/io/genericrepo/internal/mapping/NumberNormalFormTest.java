package io.genericrepo.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every number converter writes DynamoDB's normal form; keys compare in that form; narrowing is refused. */
class NumberNormalFormTest {

    @Test
    void everyConverterWritesTheNormalForm() {
        assertEquals("1", Converters.DOUBLE.write(1.0).n());
        assertEquals("100000000000000000000", Converters.DOUBLE.write(1e20).n());
        assertEquals("0.00000000000000000001", Converters.DOUBLE.write(1e-20).n());
        assertEquals("0", Converters.DOUBLE.write(-0.0).n());
        assertEquals("-2.5", Converters.DOUBLE.write(-2.5).n());
        assertEquals("0.1", MoreConverters.FLOAT.write(0.1f).n(), "the shortest text of the float");
        assertEquals("3", MoreConverters.FLOAT.write(3.0f).n());
        assertEquals("0", MoreConverters.FLOAT.write(-0.0f).n());
        assertEquals("12.5", Converters.BIG_DECIMAL.write(new BigDecimal("12.500")).n());
        assertEquals("100", Converters.BIG_DECIMAL.write(new BigDecimal("1E+2")).n());
        assertEquals("1" + "0".repeat(125), Converters.BIG_DECIMAL.write(new BigDecimal("1E+125")).n());
        assertEquals("0." + "0".repeat(129) + "1", Converters.BIG_DECIMAL.write(new BigDecimal("1E-130")).n());
        assertEquals("0", Converters.BIG_DECIMAL.write(new BigDecimal("0.000")).n());
        assertEquals("12345", MoreConverters.BIG_INTEGER.write(BigInteger.valueOf(12345)).n());
        assertEquals(List.of("1", "2.5"), CollectionConverters.numberSet(Converters.DOUBLE)
                .write(new LinkedHashSet<>(List.of(1.0, 2.5))).ns());
    }

    @Test
    void keysMatchWhateverTheNumbersText() {
        Map<String, AttributeValue> sent = new LinkedHashMap<>();
        sent.put("pk", AttributeValue.fromS("a"));
        sent.put("n", AttributeValue.fromN("1.0"));
        Map<String, AttributeValue> returned = Map.of("n", AttributeValue.fromN("1"), "pk", AttributeValue.fromS("a"));
        assertEquals(Keys.canonical(sent), Keys.canonical(returned));
        assertEquals(Keys.canonical(Map.of("n", AttributeValue.fromN("1E+20"))),
                Keys.canonical(Map.of("n", AttributeValue.fromN("100000000000000000000"))));
        assertEquals(Keys.canonical(Map.of("n", AttributeValue.fromN("-0"))), Keys.canonical(Map.of("n", AttributeValue.fromN("0"))));
    }

    @Test
    void aStoredNumberOutsideTheComponentsRangeIsRefused() {
        AttributeProblem big = assertThrows(AttributeProblem.class, () -> MoreConverters.FLOAT.read(AttributeValue.fromN("1E+100")));
        assertEquals("must be a number within the range of float, found 1E+100", big.getMessage());
        AttributeProblem tiny = assertThrows(AttributeProblem.class, () -> MoreConverters.FLOAT.read(AttributeValue.fromN("-1E-50")));
        assertEquals("must be a number within the range of float, found -1E-50", tiny.getMessage());
        assertEquals(0f, MoreConverters.FLOAT.read(AttributeValue.fromN("0")));
        assertEquals(Float.MAX_VALUE, MoreConverters.FLOAT.read(AttributeValue.fromN(Float.toString(Float.MAX_VALUE))));
        assertEquals(1e-130, Converters.DOUBLE.read(AttributeValue.fromN("1E-130")));
        assertEquals(9.9e125, Converters.DOUBLE.read(AttributeValue.fromN("9.9E+125")));
    }
}
