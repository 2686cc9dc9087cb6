package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.Condition;
import io.genericrepo.it.model.Address;
import io.genericrepo.it.model.AllTypes;
import io.genericrepo.it.model.AllTypesRepository;
import io.genericrepo.it.model.AllTypes_;
import io.genericrepo.it.model.Color;
import io.genericrepo.it.model.Geo;
import io.genericrepo.it.model.Money;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every operator on every type it applies to, checked by which of three items dynalite returns. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorTest {

    private final DynamoDbClient client;
    private AllTypesRepository repo;

    OperatorTest(DynamoDbClient client) {
        this.client = client;
    }

    private static AllTypes item(String id, int n, String text, boolean flag, Color color, List<String> strings,
            Set<String> set, Address address, Optional<String> maybe) {
        return new AllTypes(id, text, flag, flag, n, n, n * 1000L, (long) n, (short) n, (short) n, (byte) n, (byte) n,
                n + 0.5f, n + 0.5f, n + 0.25, n + 0.25, new BigDecimal(n + ".1"), BigInteger.valueOf(n).pow(20),
                new byte[] {(byte) n, 1, 2}, new UUID(0, n), Instant.parse("2026-01-0" + n + "T00:00:00Z"),
                LocalDate.of(2026, 1, n), color, strings, List.of(n), List.of(), List.of(), set, Set.of((long) n), null,
                Set.of(color), Map.of("k" + n, n), Map.of(), address, maybe, Optional.empty(),
                new Money("EUR", BigDecimal.valueOf(n)), "r" + n);
    }

    @BeforeAll
    void fill() {
        repo = AllTypesRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("ops")).build();
        repo.createTable();
        repo.save(item("a", 1, "apple", true, Color.RED, List.of("x", "y"), Set.of("s1"),
                new Address("Main 1", "Oslo", new Geo(1, 2, new Geo.Source("gps", List.of()))), Optional.of("here")));
        repo.save(item("b", 2, "banana", false, Color.GREEN, List.of("y"), Set.of("s1", "s2"),
                new Address("Side 2", "Bergen", null), Optional.empty()));
        repo.save(item("c", 3, "cherry", true, Color.BLUE, List.of(), Set.of("s3"), null, Optional.empty()));
    }

    @AfterAll
    void close() {
        repo.close();
    }

    private String matching(Condition<AllTypes> condition) {
        return repo.scan().filter(condition).list().stream().map(AllTypes::id).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining());
    }

    @Test
    void strings() {
        assertEquals("b", matching(AllTypes_.text.eq("banana")));
        assertEquals("ac", matching(AllTypes_.text.ne("banana")));
        assertEquals("a", matching(AllTypes_.text.lt("b")));
        assertEquals("ab", matching(AllTypes_.text.le("banana")));
        assertEquals("c", matching(AllTypes_.text.gt("banana")));
        assertEquals("bc", matching(AllTypes_.text.ge("banana")));
        assertEquals("ab", matching(AllTypes_.text.between("a", "c")));
        assertEquals("ac", matching(AllTypes_.text.in("apple", "cherry", "durian")));
        assertEquals("b", matching(AllTypes_.text.beginsWith("ban")));
        assertEquals("ab", matching(AllTypes_.text.contains("an").or(AllTypes_.text.contains("pp"))));
        assertEquals("ac", matching(AllTypes_.text.size().eq(5).or(AllTypes_.text.size().gt(5).and(AllTypes_.text.size().lt(6)))
                .or(AllTypes_.text.size().ge(6).and(AllTypes_.text.contains("err")))));
        assertEquals("bc", matching(AllTypes_.text.size().between(6, 6)));
    }

    @Test
    void everyNumberType() {
        assertEquals("b", matching(AllTypes_.i.eq(2)));
        assertEquals("ac", matching(AllTypes_.boxedI.ne(2)));
        assertEquals("a", matching(AllTypes_.l.lt(2000L)));
        assertEquals("ab", matching(AllTypes_.boxedL.le(2L)));
        assertEquals("c", matching(AllTypes_.s.gt((short) 2)));
        assertEquals("bc", matching(AllTypes_.boxedS.ge((short) 2)));
        assertEquals("bc", matching(AllTypes_.b.between((byte) 2, (byte) 3)));
        assertEquals("ac", matching(AllTypes_.boxedB.in((byte) 1, (byte) 3)));
        assertEquals("b", matching(AllTypes_.f.eq(2.5f)));
        assertEquals("c", matching(AllTypes_.boxedF.gt(2.5f)));
        assertEquals("a", matching(AllTypes_.d.lt(2.0)));
        assertEquals("ab", matching(AllTypes_.boxedD.le(2.25)));
        assertEquals("b", matching(AllTypes_.decimal.eq(new BigDecimal("2.10"))), "2.10 equals 2.1 as a number");
        assertEquals("bc", matching(AllTypes_.decimal.gt(2)));
        assertEquals("c", matching(AllTypes_.bigInteger.gt(BigInteger.valueOf(2).pow(20))));
        assertEquals("ab", matching(AllTypes_.i.between(0.5, 2.5)));
    }

    @Test
    void booleansBinaryAndSortableStrings() {
        assertEquals("ac", matching(AllTypes_.flag.eq(true)));
        assertEquals("b", matching(AllTypes_.boxedFlag.ne(true)));
        assertEquals("b", matching(AllTypes_.bytes.eq(new byte[] {2, 1, 2})));
        assertEquals("a", matching(AllTypes_.bytes.lt(new byte[] {2})));
        assertEquals("c", matching(AllTypes_.bytes.beginsWith(new byte[] {3})));
        assertEquals("abc", matching(AllTypes_.bytes.size().eq(3)));
        assertEquals("b", matching(AllTypes_.uuid.eq(new UUID(0, 2))));
        assertEquals("bc", matching(AllTypes_.instant.gt(Instant.parse("2026-01-01T12:00:00Z"))));
        assertEquals("ab", matching(AllTypes_.date.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))));
    }

    @Test
    void enumsListsSetsAndMaps() {
        assertEquals("a", matching(AllTypes_.color.eq(Color.RED)));
        assertEquals("bc", matching(AllTypes_.color.ne(Color.RED)));
        assertEquals("ab", matching(AllTypes_.color.in(Color.RED, Color.GREEN)));
        assertEquals("ab", matching(AllTypes_.strings.contains("y")));
        assertEquals("c", matching(AllTypes_.strings.size().eq(0)));
        assertEquals("a", matching(AllTypes_.strings.get(0).eq("x")));
        assertEquals("ab", matching(AllTypes_.stringSet.contains("s1")));
        assertEquals("b", matching(AllTypes_.stringSet.size().gt(1)));
        assertEquals("c", matching(AllTypes_.longSet.contains(3L)));
        assertEquals("a", matching(AllTypes_.colorSet.contains(Color.RED)));
        assertEquals("b", matching(AllTypes_.counts.get("k2").eq(2)));
        assertEquals("abc", matching(AllTypes_.counts.size().eq(1)));
    }

    @Test
    void nestedRecordsOptionalsAndConverters() {
        assertEquals("a", matching(AllTypes_.address.city.eq("Oslo")));
        assertEquals("a", matching(AllTypes_.address.geo.source.provider.eq("gps")));
        assertEquals("ab", matching(AllTypes_.address.exists()));
        assertEquals("c", matching(AllTypes_.address.notExists()));
        assertEquals("b", matching(AllTypes_.address.geo.notExists().and(AllTypes_.address.exists())));
        assertEquals("a", matching(AllTypes_.maybe.eq("here")));
        assertEquals("bc", matching(AllTypes_.maybe.notExists()));
        assertEquals("b", matching(AllTypes_.price.eq(new Money("EUR", BigDecimal.valueOf(2)))));
        assertEquals("c", matching(AllTypes_.renamed.eq("r3")));
    }

    @Test
    void attributeTypes() {
        assertEquals("abc", matching(AllTypes_.text.attributeType(AttributeValue.Type.S)));
        assertEquals("", matching(AllTypes_.text.attributeType(AttributeValue.Type.N)));
        assertEquals("abc", matching(AllTypes_.stringSet.attributeType(AttributeValue.Type.SS)));
        assertEquals("ab", matching(AllTypes_.address.attributeType(AttributeValue.Type.M)));
    }
}
