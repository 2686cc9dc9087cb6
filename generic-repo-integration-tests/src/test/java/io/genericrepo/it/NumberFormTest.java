package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.SchemaMismatchException;
import io.genericrepo.it.model.AllTypes;
import io.genericrepo.it.model.AllTypesAsyncRepository;
import io.genericrepo.it.model.AllTypesRepository;
import io.genericrepo.it.model.Measure;
import io.genericrepo.it.model.MeasureAsyncRepository;
import io.genericrepo.it.model.MeasureRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Numbers are written in DynamoDB's normal form, so that keys sent and keys returned agree; a
 * stored number a component cannot hold is a mismatch, never a silent Infinity or zero.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberFormTest {

    private final Parity parity;

    NumberFormTest(Backend backend) {
        this.parity = new Parity(backend);
    }

    @AfterAll
    void close() {
        parity.close();
    }

    private Repo<Measure, Double, Double> measures(Flavour f) {
        return parity.repo(f, "measures", (c, t) -> MeasureRepository.builder().client(c).tableName(t).build(),
                (c, t) -> MeasureAsyncRepository.builder().client(c).tableName(t).build());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void loadAllFindsDoubleKeysWhateverTheirText(Flavour f) {
        try (Repo<Measure, Double, Double> measures = measures(f)) {
            List<Measure> items = List.of(new Measure(1.0, "one"), new Measure(2.5, "two and a half"),
                    new Measure(1e20, "big"), new Measure(1e-20, "small"), new Measure(-0.0, "zero"),
                    new Measure(-3.0, "minus three"));
            measures.saveAll(items);
            List<Measure> loaded = measures.loadAll(List.of(1.0, 2.5, 1e20, 1e-20, 0.0, -3.0));
            assertEquals(List.of("one", "two and a half", "big", "small", "zero", "minus three"),
                    loaded.stream().map(Measure::label).toList());
            assertEquals("one", measures.load(1.0).orElseThrow().label());
            assertEquals("zero", measures.load(-0.0).orElseThrow().label(), "-0 is 0");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void numbersAreSentInTheFormDynamoDbReturns(Flavour f) {
        try (Repo<Measure, Double, Double> measures = measures(f)) {
            measures.saveAll(List.of(new Measure(1.0, "a"), new Measure(1e20, "b"), new Measure(1e-20, "c"),
                    new Measure(-0.0, "d"), new Measure(12.50, "e")));
            List<String> sent = parity.sent.of(BatchWriteItemRequest.class).get(0).requestItems().values().iterator()
                    .next().stream().map(w -> w.putRequest().item().get("id").n()).toList();
            assertEquals(List.of("1", "100000000000000000000", "0.00000000000000000001", "0", "12.5"), sent);
            for (String n : sent) {
                Map<String, AttributeValue> stored = parity.sync.getItem(GetItemRequest.builder()
                        .tableName(measures.tableName()).key(Map.of("id", AttributeValue.fromN(n))).build()).item();
                assertEquals(n, stored.get("id").n(), "the server returns the very text sent");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anUnprocessedWriteIsKnownWhateverTheTextOfItsNumberKey(Flavour f, Backend backend) {
        UnprocessedInOtherForm rewriter = new UnprocessedInOtherForm();
        String table = BackendExtension.uniqueTableName("rewritten");
        try (DynamoDbClient sync = backend.client(rewriter);
                DynamoDbAsyncClient async = backend.asyncClient(rewriter);
                Repo<Measure, Double, Double> measures = f == Flavour.SYNC
                        ? Repo.sync(MeasureRepository.builder().tableName(table).client(sync).build())
                        : Repo.async(MeasureAsyncRepository.builder().tableName(table).client(async).build())) {
            measures.createTable();
            List<Measure> items = List.of(new Measure(1.0, "one"), new Measure(1e20, "big"), new Measure(2.5, "two"));
            measures.saveAll(items);
            assertEquals(items, measures.loadAll(List.of(1.0, 1e20, 2.5)),
                    "the write handed back as 1.0 was matched to the item sent as 1, and retried");
        }
    }

    private Repo<AllTypes, String, String> allTypes(Flavour f) {
        return parity.repo(f, "narrow", (c, t) -> AllTypesRepository.builder().client(c).tableName(t).build(),
                (c, t) -> AllTypesAsyncRepository.builder().client(c).tableName(t).build());
    }

    private SchemaMismatchException loadStored(Repo<AllTypes, String, String> all, String id, String attribute,
            String number) {
        parity.sync.putItem(b -> b.tableName(all.tableName()).item(Map.of("id", AttributeValue.fromS(id),
                attribute, AttributeValue.fromN(number))));
        return assertThrows(SchemaMismatchException.class, () -> all.load(id));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aStoredNumberOutsideAComponentsRangeIsAMismatch(Flavour f) {
        try (Repo<AllTypes, String, String> all = allTypes(f)) {
            SchemaMismatchException e = loadStored(all, "huge-float", "f", "1E+100");
            assertEquals("f", e.attributePath());
            assertEquals("id=huge-float", e.key());
            assertEquals("Item in table " + all.tableName() + " (id=huge-float) does not fit record AllTypes: attribute f"
                    + " must be a number within the range of float, found 1E+100", e.getMessage());
            SchemaMismatchException tiny = loadStored(all, "tiny-float", "boxedF", "1E-100");
            assertEquals("boxedF", tiny.attributePath());
            assertTrue(tiny.getMessage().contains("within the range of float, found 1E-100"), tiny.getMessage());
            for (String[] c : new String[][] {{"i", "2147483648", "int"}, {"l", "9223372036854775808", "long"},
                    {"s", "32768", "short"}, {"b", "-129", "byte"}, {"boxedI", "1.5", "int"}}) {
                SchemaMismatchException narrow = loadStored(all, "narrow-" + c[0], c[0], c[1]);
                assertEquals(c[0], narrow.attributePath());
                assertTrue(narrow.getMessage().contains("fits " + c[2] + ", found " + c[1]), narrow.getMessage());
                assertTrue(narrow.getMessage().contains(all.tableName()), narrow.getMessage());
            }
            parity.sync.putItem(b -> b.tableName(all.tableName()).item(Map.of("id", AttributeValue.fromS("fits"),
                    "f", AttributeValue.fromN("3.4E+38"), "d", AttributeValue.fromN("1E+125"),
                    "boxedD", AttributeValue.fromN("1E-130"))));
            AllTypes fits = all.load("fits").orElseThrow();
            assertEquals(3.4e38f, fits.f());
            assertEquals(1e125, fits.d());
            assertEquals(1e-130, fits.boxedD());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aCauseIsKept(Flavour f) {
        try (Repo<AllTypes, String, String> all = allTypes(f)) {
            SchemaMismatchException e = loadStored(all, "text-int", "i", "12345678901234567890");
            assertInstanceOf(ArithmeticException.class, e.getCause());
        }
    }
}
