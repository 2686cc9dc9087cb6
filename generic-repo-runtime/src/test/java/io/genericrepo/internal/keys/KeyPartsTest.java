package io.genericrepo.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.AttributeConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyPartsTest {

    enum Status { PAID, PENDING, NEW }

    @Test
    void intsAreSignAwareFixedWidth() {
        assertEquals("00000000000", KeyParts.INTEGER.write(0));
        assertEquals("00000000042", KeyParts.INTEGER.write(42));
        assertEquals("-2147483647", KeyParts.INTEGER.write(-1));
        assertEquals("-0000000000", KeyParts.INTEGER.write(Integer.MIN_VALUE));
        assertEquals("02147483647", KeyParts.INTEGER.write(Integer.MAX_VALUE));
        Random random = new Random(7);
        List<Integer> values = new ArrayList<>(List.of(0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, -10, 9, 10));
        random.ints(500).forEach(values::add);
        assertTextOrderIsValueOrder(values, KeyParts.INTEGER, Comparator.naturalOrder());
    }

    @Test
    void longsAreSignAwareFixedWidth() {
        assertEquals("00000000000000000042", KeyParts.LONG.write(42L));
        assertEquals("-9223372036854775807", KeyParts.LONG.write(-1L));
        assertEquals("-0000000000000000000", KeyParts.LONG.write(Long.MIN_VALUE));
        assertEquals("09223372036854775807", KeyParts.LONG.write(Long.MAX_VALUE));
        Random random = new Random(11);
        List<Long> values = new ArrayList<>(List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE));
        random.longs(500).forEach(values::add);
        random.ints(100).forEach(i -> values.add((long) i));
        assertTextOrderIsValueOrder(values, KeyParts.LONG, Comparator.naturalOrder());
    }

    @Test
    void instantsAreUtcWithNineFractionDigits() {
        assertEquals("2026-03-01T10:15:30.000000000Z", KeyParts.INSTANT.write(Instant.parse("2026-03-01T10:15:30Z")));
        assertEquals("0000-01-01T00:00:00.000000000Z", KeyParts.INSTANT.write(Instant.parse("0000-01-01T00:00:00Z")));
        Random random = new Random(3);
        List<Instant> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), random.nextInt(1_000_000_000)));
        }
        values.add(Instant.parse("9999-12-31T23:59:59.999999999Z"));
        assertTextOrderIsValueOrder(values, KeyParts.INSTANT, Comparator.naturalOrder());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyParts.INSTANT.write(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("+10000-01-01T00:00:00Z is outside the years 0000 to 9999 that a key's fixed-width time text can"
                + " hold", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INSTANT.write(Instant.parse("-0001-12-31T23:59:59Z")));
    }

    @Test
    void datesAreIso() {
        assertEquals("2026-03-01", KeyParts.LOCAL_DATE.write(LocalDate.of(2026, 3, 1)));
        List<LocalDate> values = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            values.add(LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_896)));
        }
        assertTextOrderIsValueOrder(values, KeyParts.LOCAL_DATE, Comparator.naturalOrder());
        assertThrows(IllegalArgumentException.class, () -> KeyParts.LOCAL_DATE.write(LocalDate.of(10000, 1, 1)));
    }

    @Test
    void uuidsAreLowerCaseAndSortUnsigned() {
        UUID id = UUID.fromString("0190E3B4-6C1F-7A2B-8C3D-4E5F60718293");
        assertEquals("0190e3b4-6c1f-7a2b-8c3d-4e5f60718293", KeyParts.UUID.write(id));
        List<UUID> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add(UUID.randomUUID());
        }
        values.add(new UUID(-1L, -1L));
        values.add(new UUID(0L, 0L));
        Comparator<UUID> unsigned = Comparator.<UUID>comparingLong(u -> u.getMostSignificantBits() ^ Long.MIN_VALUE)
                .thenComparingLong(u -> u.getLeastSignificantBits() ^ Long.MIN_VALUE);
        assertTextOrderIsValueOrder(values, KeyParts.UUID, unsigned);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyParts.UUID.read("0190E3B4-6C1F-7A2B-8C3D-4E5F60718293"));
        assertTrue(e.getMessage().contains("not in the canonical form 0190e3b4-6c1f-7a2b-8c3d-4e5f60718293"),
                e.getMessage());
    }

    @Test
    void readRefusesTextsItDoesNotWrite() {
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> KeyParts.INTEGER.read("42"));
        assertEquals("\"42\" is not an int's key text (it has 2 characters, not 11); expected 11 characters such as"
                + " 00000000042 or -2147483647", wide.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INTEGER.read("+0000000042"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INTEGER.read("0-000000042"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INTEGER.read("12147483647"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INTEGER.read("-2147483648"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.LONG.read("19223372036854775807"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.INSTANT.read("2026-03-01T10:15:30.000000000+"));
        assertThrows(IllegalArgumentException.class, () -> KeyParts.LOCAL_DATE.read("2026-02-30"));
        assertEquals(-1, KeyParts.INTEGER.read("-2147483647"));
        assertEquals(Integer.MIN_VALUE, KeyParts.INTEGER.read("-0000000000"));
        assertEquals(Long.MIN_VALUE, KeyParts.LONG.read("-0000000000000000000"));
    }

    @Test
    void booleansAndEnumsAreTheirNames() {
        assertEquals("true", KeyParts.BOOLEAN.write(true));
        assertFalse(KeyParts.BOOLEAN.read("false"));
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> KeyParts.BOOLEAN.read("TRUE"));
        assertEquals("\"TRUE\" is not a boolean's key text: expected true or false", b.getMessage());
        KeyPart<Status> status = KeyParts.enumOf(Status.class);
        assertEquals("PENDING", status.write(Status.PENDING));
        assertEquals(Status.NEW, status.read("NEW"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> status.read("paid"));
        assertEquals("\"paid\" is not a constant of Status: expected one of [PAID, PENDING, NEW]", e.getMessage());
    }

    @Test
    void aConverterPartMustStoreStringsAndPromisesNoOrder() {
        AttributeConverter<Integer> asNumber = new AttributeConverter<>() {
            @Override
            public AttributeValue write(Integer value) {
                return AttributeValue.fromN(value.toString());
            }

            @Override
            public Integer read(AttributeValue value) {
                return Integer.valueOf(value.n());
            }
        };
        KeyPart<Integer> part = KeyParts.of(asNumber);
        assertFalse(part.ordered());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> part.write(3));
        assertTrue(e.getMessage().endsWith("stored 3 as N; a key component's converter must store S"), e.getMessage());
        AttributeConverter<Integer> asString = new AttributeConverter<>() {
            @Override
            public AttributeValue write(Integer value) {
                return AttributeValue.fromS("n" + value);
            }

            @Override
            public Integer read(AttributeValue value) {
                return Integer.valueOf(value.s().substring(1));
            }
        };
        assertEquals("n3", KeyParts.of(asString).write(3));
        assertEquals(3, KeyParts.of(asString).read("n3"));
    }

    private static <V> void assertTextOrderIsValueOrder(List<V> values, KeyPart<V> part, Comparator<V> order) {
        List<V> byValue = new ArrayList<>(values);
        byValue.sort(order);
        List<V> byText = new ArrayList<>(values);
        byText.sort(Comparator.comparing((Function<V, String>) part::write, KeyTexts::compare));
        assertEquals(byValue, byText);
        for (V v : values) {
            String text = part.write(v);
            assertEquals(part.width(), text.length(), text);
            for (char c : text.toCharArray()) {
                assertTrue(part.alphabet().indexOf(c) >= 0, text);
            }
            assertEquals(v, part.read(text));
        }
    }
}
