package io.genericrepo.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The built-in converters' edge cases, without a server. */
class ConvertersTest {

    enum Size { S, M, L }

    @Test
    void instantsAreWrittenWithNineFractionDigitsSoTextOrderIsTimeOrder() {
        assertEquals("2026-01-01T00:00:00.000000000Z", Converters.INSTANT.write(Instant.parse("2026-01-01T00:00:00Z")).s());
        assertEquals("2026-01-01T00:00:00.500000000Z", Converters.INSTANT.write(Instant.parse("2026-01-01T00:00:00.5Z")).s());
        List<String> written = List.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00.5Z"),
                Instant.parse("2026-01-01T00:00:01Z")).stream().map(i -> Converters.INSTANT.write(i).s()).toList();
        assertEquals(written.stream().sorted().toList(), written);
    }

    @Test
    void instantsWrittenByOtherToolsAreRead() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), Converters.INSTANT.read(AttributeValue.fromS("2026-01-01T00:00:00Z")));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"),
                Converters.INSTANT.read(AttributeValue.fromS("2026-01-01T01:00:00+01:00")), "Python's isoformat()");
        AttributeProblem p = assertThrows(AttributeProblem.class, () -> Converters.INSTANT.read(AttributeValue.fromS("yesterday")));
        assertEquals("must be an ISO-8601 instant, found \"yesterday\"", p.getMessage());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfAnotherTypeIsAClassCastExceptionAsFiltersFromMapExpects() {
        List<AttributeConverter<?>> all = List.of(Converters.STRING, Converters.BOOLEAN, Converters.INTEGER, Converters.LONG,
                MoreConverters.SHORT, MoreConverters.BYTE, Converters.DOUBLE, MoreConverters.FLOAT, Converters.BIG_DECIMAL,
                MoreConverters.BIG_INTEGER, MoreConverters.BYTES, MoreConverters.UUID_STRING, Converters.INSTANT, MoreConverters.LOCAL_DATE,
                MoreConverters.EPOCH_SECONDS);
        for (AttributeConverter converter : all) {
            Object wrong = converter == Converters.STRING ? 1 : new Object();
            assertThrows(ClassCastException.class, () -> converter.write(wrong), converter.toString());
        }
    }

    @Test
    void epochSecondsAreNumbers() {
        assertEquals("1764000000", MoreConverters.EPOCH_SECONDS.write(Instant.ofEpochSecond(1_764_000_000L, 999)).n());
        assertEquals(Instant.ofEpochSecond(1_764_000_000L), MoreConverters.EPOCH_SECONDS.read(AttributeValue.fromN("1764000000")));
    }

    @Test
    void doublesDynamoDbCannotHoldAreRefused() {
        assertEquals("is NaN, which DynamoDB cannot store as a number",
                assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(Double.NaN)).getMessage());
        assertEquals("is Infinity, which DynamoDB cannot store as a number",
                assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(Double.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.write(Double.MIN_VALUE));
        assertEquals("1" + "0".repeat(125), Converters.DOUBLE.write(1e125).n(), "DynamoDB's normal form: no exponent");
        assertEquals("0." + "0".repeat(129) + "1", Converters.DOUBLE.write(1e-130).n());
    }

    @Test
    void bigDecimalsAreCheckedForPrecisionAndRange() {
        assertEquals("12345678901234567890123456789012345678",
                Converters.BIG_DECIMAL.write(new BigDecimal("12345678901234567890123456789012345678")).n());
        assertEquals("1.5", Converters.BIG_DECIMAL.write(new BigDecimal("1.500")).n(), "trailing zeros dropped, as DynamoDB does");
        assertEquals("0", Converters.BIG_DECIMAL.write(new BigDecimal("0.000")).n());
        IllegalArgumentException tooPrecise = assertThrows(IllegalArgumentException.class,
                () -> Converters.BIG_DECIMAL.write(new BigDecimal("123456789012345678901234567890123456789")));
        assertEquals("has 39 significant digits, but DynamoDB numbers hold at most 38:"
                + " 123456789012345678901234567890123456789", tooPrecise.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Converters.BIG_DECIMAL.write(new BigDecimal("1E+126")));
        assertThrows(IllegalArgumentException.class, () -> Converters.BIG_DECIMAL.write(new BigDecimal("1E-131")));
        assertThrows(IllegalArgumentException.class,
                () -> MoreConverters.BIG_INTEGER.write(new BigInteger("1234567890123456789012345678901234567890")));
    }

    @Test
    void wholeNumbersMustFitExactly() {
        assertEquals(Long.MIN_VALUE, Converters.LONG.read(AttributeValue.fromN("-9223372036854775808")));
        assertEquals(100, Converters.INTEGER.read(AttributeValue.fromN("1E+2")), "exponent form is accepted");
        assertEquals("must be a whole number that fits int, found 2.5",
                assertThrows(AttributeProblem.class, () -> Converters.INTEGER.read(AttributeValue.fromN("2.5"))).getMessage());
        assertEquals("must be a whole number that fits byte, found 128",
                assertThrows(AttributeProblem.class, () -> MoreConverters.BYTE.read(AttributeValue.fromN("128"))).getMessage());
        assertEquals("must be N (long), found S",
                assertThrows(AttributeProblem.class, () -> Converters.LONG.read(AttributeValue.fromS("1"))).getMessage());
    }

    @Test
    void enumsAreStoredByName() {
        AttributeConverter<Size> sizes = Converters.enumOf(Size.class);
        assertEquals("M", sizes.write(Size.M).s());
        assertEquals(Size.L, sizes.read(AttributeValue.fromS("L")));
        assertEquals("must be one of [S, M, L], found \"XL\"",
                assertThrows(AttributeProblem.class, () -> sizes.read(AttributeValue.fromS("XL"))).getMessage());
    }

    @Test
    void setsRefuseNullsAndOmitEmptiness() {
        AttributeConverter<Set<String>> strings = CollectionConverters.stringSet(Converters.STRING);
        assertNull(strings.write(Set.of()), "an empty set is stored as no attribute");
        assertEquals("holds null, which a DynamoDB SS cannot store", assertThrows(IllegalArgumentException.class,
                () -> strings.write(new LinkedHashSet<>(Arrays.asList("a", null)))).getMessage());
        AttributeConverter<Set<BigDecimal>> numbers = CollectionConverters.numberSet(Converters.BIG_DECIMAL);
        assertEquals(List.of("1"), numbers.write(new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")))).ns(),
                "numerically equal members are one member, as DynamoDB would insist");
    }

    @Test
    void problemsInsideCollectionsCarryTheirPath() {
        AttributeConverter<Map<String, List<Integer>>> nested = CollectionConverters.map(CollectionConverters.list(Converters.INTEGER));
        AttributeValue stored = AttributeValue.fromM(Map.of("scores",
                AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("two")))));
        AttributeProblem p = assertThrows(AttributeProblem.class, () -> nested.read(stored));
        assertEquals("scores[1]", p.path());
        IllegalArgumentException onWrite = assertThrows(IllegalArgumentException.class,
                () -> ItemWriter.root("Thing", 1).put("m", CollectionConverters.map(Converters.DOUBLE), Map.of("k", Double.NaN)));
        assertEquals("Cannot store Thing: attribute m.k is NaN, which DynamoDB cannot store as a number", onWrite.getMessage());
    }
}
