package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Address;
import io.genericrepo.it.model.AllTypes;
import io.genericrepo.it.model.AllTypesRepository;
import io.genericrepo.it.model.Blob;
import io.genericrepo.it.model.BlobRepository;
import io.genericrepo.it.model.Color;
import io.genericrepo.it.model.Geo;
import io.genericrepo.it.model.Money;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every supported type, with edge values, saved to dynalite and loaded back unchanged. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripTest {

    private final DynamoDbClient client;
    private AllTypesRepository repository;

    RoundTripTest(DynamoDbClient client) {
        this.client = client;
    }

    @BeforeAll
    void createTable() {
        repository = AllTypesRepository.builder().client(client)
                .tableName(BackendExtension.uniqueTableName("all-types")).build();
        repository.createTable();
    }

    @AfterAll
    void close() {
        repository.close();
    }

    static AllTypes edges(String id) {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < 256; i++) {
            everyByte[i] = (byte) i;
        }
        Address deep = new Address("Storgata 1", "Oslo",
                new Geo(59.9139, 10.7522, new Geo.Source("gps", List.of("first fix", "🛰️"))));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("zero", 0);
        counts.put("min", Integer.MIN_VALUE);
        counts.put("nothing", null);
        return new AllTypes(id,
                "ünïcødé ✓ 日本語 🎉 \" ' \\ \n\t",
                true, Boolean.FALSE,
                Integer.MIN_VALUE, Integer.MAX_VALUE,
                Long.MIN_VALUE, Long.MAX_VALUE,
                Short.MIN_VALUE, Short.MAX_VALUE,
                Byte.MIN_VALUE, Byte.MAX_VALUE,
                Float.MAX_VALUE, -1.17549435E-38f,
                -0.0, Math.PI,
                new BigDecimal("-1234567890123456789012345678901234567.8"),
                new BigInteger("99999999999999999999999999999999999999"),
                everyByte,
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Instant.parse("2026-11-25T14:16:34.123456789Z"),
                LocalDate.of(2026, 2, 28),
                Color.GREEN,
                Arrays.asList("a", null, "", "c"),
                List.of(),
                List.of(deep, new Address(null, "Bergen", null)),
                List.of(List.of("x", "y"), List.of()),
                new LinkedHashSet<>(List.of("s1", "s2", "🎉")),
                new LinkedHashSet<>(List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE)),
                new LinkedHashSet<>(List.of(new BigDecimal("0.1"), new BigDecimal("1E+125"), new BigDecimal("-1E-130"))),
                new LinkedHashSet<>(List.of(Color.RED, Color.BLUE)),
                counts,
                Map.of("home", deep),
                deep,
                Optional.of("present"),
                Optional.of(new Address("a", "b", null)),
                new Money("EUR", new BigDecimal("12.50")),
                "stored under a name with a space");
    }

    @Test
    void everyTypeRoundTripsWithEdgeValues() {
        AllTypes saved = edges("edges");
        repository.save(saved);
        AllTypes loaded = repository.loadOrThrow("edges");
        assertArrayEquals(saved.bytes(), loaded.bytes());
        assertEquals(0, saved.decimal().compareTo(loaded.decimal()), "38-digit BigDecimal");
        assertEquals(normalized(saved), normalized(loaded));
    }

    @Test
    void numbersAreStoredAsNumbersAndInstantsAsSortableText() {
        repository.save(edges("raw"));
        Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(repository.tableName())
                .key(Map.of("id", AttributeValue.fromS("raw")))).item();
        assertEquals("9223372036854775807", raw.get("boxedL").n());
        assertEquals("99999999999999999999999999999999999999", raw.get("bigInteger").n());
        assertEquals("2026-11-25T14:16:34.123456789Z", raw.get("instant").s());
        assertEquals("GREEN", raw.get("color").s());
        assertEquals("EUR 12.50", raw.get("price").s());
        assertEquals("stored under a name with a space", raw.get("renamed attr").s());
        assertTrue(raw.get("strings").l().get(1).nul(), "a null list element is stored as NULL");
        assertEquals(Set.of("s1", "s2", "🎉"), Set.copyOf(raw.get("stringSet").ss()));
    }

    @Test
    void negativeZeroComesBackAsZeroBecauseDynamoDbNumbersHaveNoSign() {
        repository.save(edges("zero"));
        double d = repository.loadOrThrow("zero").d();
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(d), "+0.0, not -0.0");
    }

    @Test
    void nullsEmptySetsAndEmptyOptionalsAreLeftOutAndLoadAsNullOrEmpty() {
        AllTypes sparse = new AllTypes("sparse", null, false, null, 0, null, 0L, null, (short) 0, null,
                (byte) 0, null, 0f, null, 0.0, null, null, null, null, null, null, null, null, null, null, null,
                null, Set.of(), Set.of(), null, null, Map.of(), null, null, Optional.empty(), Optional.empty(),
                null, null);
        repository.save(sparse);
        Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(repository.tableName())
                .key(Map.of("id", AttributeValue.fromS("sparse")))).item();
        assertEquals(Set.of("id", "flag", "i", "l", "s", "b", "f", "d", "counts"), raw.keySet(),
                "nulls, empty sets and empty optionals are not stored; primitives and an empty map are");
        AllTypes loaded = repository.loadOrThrow("sparse");
        assertNull(loaded.stringSet(), "an empty set cannot be stored, so it loads as null");
        assertEquals(Map.of(), loaded.counts());
        assertEquals(Optional.empty(), loaded.maybe());
        assertEquals(normalized(sparse).withoutSets(), normalized(loaded).withoutSets());
    }

    @Test
    void aMissingPrimitiveLoadsAsItsDefault() {
        client.putItem(b -> b.tableName(repository.tableName()).item(Map.of("id", AttributeValue.fromS("bare"))));
        AllTypes loaded = repository.loadOrThrow("bare");
        assertEquals(0, loaded.i());
        assertEquals(0L, loaded.l());
        assertEquals(false, loaded.flag());
        assertEquals(0.0, loaded.d(), 0.0);
        assertNull(loaded.boxedI());
        assertEquals(Optional.empty(), loaded.maybeAddress());
    }

    @Test
    void binaryKeysWork() {
        try (BlobRepository blobs = BlobRepository.builder().client(client)
                .tableName(BackendExtension.uniqueTableName("blobs")).build()) {
            blobs.createTable();
            byte[] key = {0, -1, 127, -128, 42};
            blobs.save(new Blob(key, "application/octet-stream"));
            Blob loaded = blobs.loadOrThrow(key.clone());
            assertArrayEquals(key, loaded.key());
            assertEquals("application/octet-stream", loaded.contentType());
        }
    }

    /** A comparable view: arrays dropped (compared apart), decimals without trailing zeros. */
    record Normalized(AllTypes item, BigDecimal decimal, Set<BigDecimal> decimals, BigDecimal price) {
        Normalized withoutSets() {
            return new Normalized(new AllTypes(item.id(), item.text(), item.flag(), item.boxedFlag(), item.i(),
                    item.boxedI(), item.l(), item.boxedL(), item.s(), item.boxedS(), item.b(), item.boxedB(),
                    item.f(), item.boxedF(), item.d(), item.boxedD(), item.decimal(), item.bigInteger(), null,
                    item.uuid(), item.instant(), item.date(), item.color(), item.strings(), item.ints(),
                    item.addresses(), item.matrix(), null, null, null, null, item.counts(), item.addressBook(),
                    item.address(), item.maybe(), item.maybeAddress(), item.price(), item.renamed()),
                    decimal, null, price);
        }
    }

    static Normalized normalized(AllTypes t) {
        AllTypes withoutArrayOrDecimals = new AllTypes(t.id(), t.text(), t.flag(), t.boxedFlag(), t.i(), t.boxedI(),
                t.l(), t.boxedL(), t.s(), t.boxedS(), t.b(), t.boxedB(), t.f(), t.boxedF(), Math.abs(t.d()),
                t.boxedD(), null, t.bigInteger(), null, t.uuid(), t.instant(), t.date(), t.color(), t.strings(),
                t.ints(), t.addresses(), t.matrix(), t.stringSet(), t.longSet(), null, t.colorSet(), t.counts(),
                t.addressBook(), t.address(), t.maybe(), t.maybeAddress(),
                t.price() == null ? null : new Money(t.price().currency(), null), t.renamed());
        Set<BigDecimal> decimals = t.decimalSet() == null ? null
                : t.decimalSet().stream().map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet());
        return new Normalized(withoutArrayOrDecimals,
                t.decimal() == null ? null : t.decimal().stripTrailingZeros(), decimals,
                t.price() == null ? null : t.price().amount().stripTrailingZeros());
    }
}
