package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.SchemaMismatchException;
import io.genericrepo.it.model.Strict;
import io.genericrepo.it.model.StrictAsyncRepository;
import io.genericrepo.it.model.StrictKey;
import io.genericrepo.it.model.StrictRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A record whose constructor checks its fields: partitions are deleted by key, refusals are mismatches. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictRecordTest {

    private final Parity parity;

    StrictRecordTest(Backend backend) {
        this.parity = new Parity(backend);
    }

    @AfterAll
    void close() {
        parity.close();
    }

    private Repo<Strict, StrictKey, String> strict(Flavour f) {
        return parity.repo(f, "strict", (c, t) -> StrictRepository.builder().client(c).tableName(t).build(),
                (c, t) -> StrictAsyncRepository.builder().client(c).tableName(t).build());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void deleteAllByPartitionKeyDeletesByTheRawKeys(Flavour f) {
        try (Repo<Strict, StrictKey, String> strict = strict(f)) {
            strict.saveAll(List.of(new Strict("g", "1", "one"), new Strict("g", "2", "two"), new Strict("h", "1", "other")));
            assertEquals(2, strict.deleteAllByPartitionKey("g"));
            assertEquals(List.of(), strict.findAll("g"));
            assertEquals(List.of(new Strict("h", "1", "other")), strict.findAll("h"));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aConstructorThatRefusesAStoredItemIsAMismatch(Flavour f) {
        try (Repo<Strict, StrictKey, String> strict = strict(f)) {
            parity.sync.putItem(b -> b.tableName(strict.tableName()).item(Map.of("group", AttributeValue.fromS("g"),
                    "id", AttributeValue.fromS("nameless"))));
            SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
                    () -> strict.load(new StrictKey("g", "nameless")));
            assertEquals("Item in table " + strict.tableName() + " (group=g, id=nameless) does not fit record Strict:"
                    + " its constructor refused the stored attributes: java.lang.NullPointerException: name",
                    e.getMessage());
            assertEquals(strict.tableName(), e.tableName());
            assertEquals("group=g, id=nameless", e.key());
            assertNull(e.attributePath(), "no one attribute is to blame");
            assertInstanceOf(NullPointerException.class, e.getCause());
            SchemaMismatchException inQuery = assertThrows(SchemaMismatchException.class, () -> strict.findAll("g"));
            assertEquals(e.getMessage(), inQuery.getMessage());
            SchemaMismatchException inBatch = assertThrows(SchemaMismatchException.class,
                    () -> strict.loadAll(List.of(new StrictKey("g", "nameless"))));
            assertTrue(inBatch.getMessage().contains("refused"), inBatch.getMessage());
        }
    }
}
