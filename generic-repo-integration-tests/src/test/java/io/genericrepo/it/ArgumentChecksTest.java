package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Condition;
import io.genericrepo.GenericRepoException;
import io.genericrepo.Update;
import io.genericrepo.it.model.Address;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Arguments refused before anything is sent, and one DynamoDB refusal made readable. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArgumentChecksTest {

    private final Parity parity;
    private final Flavour.Clients clients;

    ArgumentChecksTest(Backend backend) {
        this.parity = new Parity(backend);
        this.clients = new Flavour.Clients(parity.sync, parity.async);
    }

    @AfterAll
    void close() {
        parity.close();
    }

    private Repo<Order, OrderKey, String> orders(Flavour f) {
        Repo<Order, OrderKey, String> orders = f.orders(clients, "args", b -> { });
        orders.createTable();
        parity.sent.clear();
        return orders;
    }

    private static Order order(String id) {
        return new Order("c", id, OrderStatus.PENDING, 1, null, null, List.of(), null, null, 0L);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anUpdateOfTheVersionIsRefused(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            orders.save(order("o-1"));
            orders.save(orders.loadOrThrow(new OrderKey("c", "o-1"))); // version 2
            parity.sent.clear();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> orders.update(new OrderKey("c", "o-1"), Update.of(Order_.version.set(1L))));
            assertEquals("An update of Order cannot change version attribute version: every write increments it;"
                    + " use updateIfUnchanged to write only over the version read", e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> orders.update(new OrderKey("c", "o-1"), Update.of(Order_.version.remove())));
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
            assertEquals(2, orders.loadOrThrow(new OrderKey("c", "o-1")).version());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aNullKeyIsAnIllegalArgumentNamingTheKeyAttribute(Flavour f) {
        try (Repo<Customer, String, String> customers = f.customers(clients, "nullkey", b -> { });
                Repo<Order, OrderKey, String> orders = orders(f)) {
            IllegalArgumentException load = assertThrows(IllegalArgumentException.class, () -> customers.load(null));
            assertEquals("Key attribute id of Customer must not be null", load.getMessage());
            IllegalArgumentException delete = assertThrows(IllegalArgumentException.class, () -> customers.delete(null));
            assertEquals("Key attribute id of Customer must not be null", delete.getMessage());
            IllegalArgumentException composite = assertThrows(IllegalArgumentException.class, () -> orders.load(null));
            assertEquals("The key of Order (customerId, orderId) must not be null", composite.getMessage());
            assertThrows(IllegalArgumentException.class, () -> customers.loadAll(java.util.Arrays.asList("a", null)));
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aBetweenWithTheLowEndAboveTheHighIsRefused(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> Order_.quantity.between(10, 5));
            assertEquals("between on quantity: the low end 10 is above the high end 5 (numbers compare by value);"
                    + " DynamoDB refuses such a range", n.getMessage());
            IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                    () -> Order_.orderId.between("b", "a"));
            assertTrue(s.getMessage().startsWith("between on orderId: the low end \"b\" is above the high end \"a\""
                    + " (strings compare by their UTF-8 bytes)"), s.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Order_.tags.size().between(3, 2));
            assertThrows(IllegalArgumentException.class, () -> Customer_.name.between("\uD83D\uDE00", "\uFFFF"),
                    "U+1F600 is above U+FFFF in UTF-8, though not in UTF-16");
            assertInstanceOf(Condition.Between.class, Customer_.name.between("\uFFFF", "\uD83D\uDE00"),
                    "the same ends the other way round are a range");
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
            orders.save(order("o-1"));
            orders.save(order("o-2"));
            assertEquals(2, orders.queryList("c", Order_.quantity.between(1, 1)).size(), "equal ends are a range");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anUpdateUnderAMissingMapNamesThePathAndItsParent(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            orders.save(order("o-1"));
            GenericRepoException e = assertThrows(GenericRepoException.class,
                    () -> orders.update(new OrderKey("c", "o-1"), Update.of(Order_.shipTo.city.set("Oslo"))));
            assertEquals("update of " + orders.tableName() + "[customerId=c, orderId=o-1] failed: shipTo.city is inside"
                    + " shipTo, which the stored item does not have (or which is not a map); store shipTo as a whole first",
                    e.getMessage());
            assertInstanceOf(AwsServiceException.class, e.getCause());
            orders.save(new Order("c", "o-2", OrderStatus.PENDING, 1, null, null, List.of(),
                    new Address("Main St", "Bergen", null), null, 0L));
            assertEquals("Oslo", orders.update(new OrderKey("c", "o-2"), Update.of(Order_.shipTo.city.set("Oslo")))
                    .shipTo().city(), "once the parent exists, the nested path updates");
        }
    }
}
