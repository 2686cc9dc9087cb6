package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.ReadConsistency;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** {@code load}, {@code loadOrThrow} and {@code loadAll} with a chosen read consistency, sync and async alike. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsistentLoadTest {

    private final Parity parity;

    ConsistentLoadTest(Backend backend) {
        this.parity = new Parity(backend);
    }

    @AfterAll
    void close() {
        parity.close();
    }

    /** The three loads under test, on either flavour. */
    interface Loads {
        Optional<Customer> load(String key, ReadConsistency consistency);

        Customer loadOrThrow(String key, ReadConsistency consistency);

        List<Customer> loadAll(List<String> keys, ReadConsistency consistency);
    }

    private Loads loads(Flavour f, String table) {
        if (f == Flavour.SYNC) {
            CustomerRepository r = CustomerRepository.builder().client(parity.sync).tableName(table).build();
            r.createTable();
            return new Loads() {
                public Optional<Customer> load(String key, ReadConsistency c) { return r.load(key, c); }
                public Customer loadOrThrow(String key, ReadConsistency c) { return r.loadOrThrow(key, c); }
                public List<Customer> loadAll(List<String> keys, ReadConsistency c) { return r.loadAll(keys, c); }
            };
        }
        CustomerAsyncRepository r = CustomerAsyncRepository.builder().client(parity.async).tableName(table).build();
        Repo.join(r.createTable());
        return new Loads() {
            public Optional<Customer> load(String key, ReadConsistency c) { return Repo.join(r.load(key, c)); }
            public Customer loadOrThrow(String key, ReadConsistency c) { return Repo.join(r.loadOrThrow(key, c)); }
            public List<Customer> loadAll(List<String> keys, ReadConsistency c) { return Repo.join(r.loadAll(keys, c)); }
        };
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void strongLoadsAskForConsistentReads(Flavour f) {
        String table = BackendExtension.uniqueTableName("consistent");
        Loads loads = loads(f, table);
        parity.sync.putItem(b -> b.tableName(table).item(java.util.Map.of("id",
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("c-1"))));
        parity.sent.clear();
        Customer c1 = new Customer("c-1", null, null);
        assertEquals(Optional.of(c1), loads.load("c-1", ReadConsistency.STRONG));
        assertEquals(c1, loads.loadOrThrow("c-1", ReadConsistency.STRONG));
        assertEquals(List.of(c1), loads.loadAll(List.of("c-1", "c-2"), ReadConsistency.STRONG));
        assertThrows(ItemNotFoundException.class, () -> loads.loadOrThrow("c-2", ReadConsistency.STRONG));
        assertEquals(List.of(true, true, true), parity.sent.of(GetItemRequest.class).stream()
                .map(GetItemRequest::consistentRead).toList());
        assertEquals(List.of(true), parity.sent.of(BatchGetItemRequest.class).stream()
                .map(r -> r.requestItems().get(table).consistentRead()).toList());
        parity.sent.clear();
        assertEquals(Optional.of(c1), loads.load("c-1", ReadConsistency.EVENTUAL));
        assertEquals(List.of(c1), loads.loadAll(List.of("c-1"), ReadConsistency.EVENTUAL));
        assertEquals(null, parity.sent.of(GetItemRequest.class).get(0).consistentRead(), "the default is left out");
        assertEquals(null, parity.sent.of(BatchGetItemRequest.class).get(0).requestItems().get(table).consistentRead());
    }
}
