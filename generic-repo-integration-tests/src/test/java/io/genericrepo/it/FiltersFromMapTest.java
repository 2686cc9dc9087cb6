package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.Condition;
import io.genericrepo.Filters;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Python package's dict filters, every operator name and form, against dynalite; and their errors. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiltersFromMapTest {

    private final DynamoDbClient client;
    private OrderRepository orders;

    FiltersFromMapTest(DynamoDbClient client) {
        this.client = client;
    }

    @BeforeAll
    void fill() {
        orders = OrderRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("fm")).build();
        orders.createTable();
        orders.save(new Order("c", "1", OrderStatus.PENDING, 25, new BigDecimal("10"), Instant.parse("2026-01-01T00:00:00Z"),
                List.of("gift"), null, null, 0L));
        orders.save(new Order("c", "2", OrderStatus.PAID, 30, new BigDecimal("20"), Instant.parse("2026-02-01T00:00:00Z"),
                List.of(), null, null, 0L));
        orders.save(new Order("c", "3", OrderStatus.SHIPPED, 40, null, Instant.parse("2026-03-01T00:00:00Z"),
                List.of("gift", "fragile"), null, null, 0L));
    }

    @AfterAll
    void close() {
        orders.close();
    }

    private String ids(Map<String, ?> filters) {
        return orders.findAll("c", Filters.fromMap(Order_.SCHEMA, filters)).stream().map(Order::orderId)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining());
    }

    @Test
    void theReadmeExamplesOfThePythonPackage() {
        assertEquals("1", ids(Map.of("quantity", 25)));                              // {"age": 25}
        assertEquals("1", ids(Map.of("quantity", Map.of("eq", 25))));                // {"age": {"eq": 25}}
        assertEquals("13", ids(Map.of("status", Map.of("ne", "PAID"))));             // {"status": {"ne": "deleted"}}
        assertEquals("12", ids(Map.of("quantity", Map.of("lt", 40))));
        assertEquals("12", ids(Map.of("quantity", Map.of("le", 30))));
        assertEquals("12", ids(Map.of("quantity", Map.of("lte", 30))));
        assertEquals("3", ids(Map.of("quantity", Map.of("gt", 30))));
        assertEquals("23", ids(Map.of("quantity", Map.of("ge", 30))));
        assertEquals("23", ids(Map.of("quantity", Map.of("gte", 30))));
        assertEquals("12", ids(Map.of("quantity", Map.of("between", List.of(25, 35)))));
        assertEquals("13", ids(Map.of("status", Map.of("in", List.of("PENDING", "SHIPPED")))));
        assertEquals("13", ids(Map.of("tags", Map.of("contains", "gift"))));
        assertThrows(IllegalArgumentException.class, () -> ids(Map.of("status", Map.of("begins_with", "SH"))),
                "an enum's typed path has no beginsWith, so neither has its filter");
        assertEquals("12", ids(Map.of("total", Map.of("exists", true))));
        assertEquals("3", ids(Map.of("total", Map.of("exists", false))));
        assertEquals("3", ids(Map.of("total", Map.of("not_exists", true))));
    }

    @Test
    void severalOperatorsOnOneAttributeAndSeveralAttributesMeanAnd() {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("gt", 24);
        range.put("lt", 35);
        assertEquals("12", ids(Map.of("quantity", range)));
        assertEquals("2", ids(Map.of("quantity", range, "status", "PAID")));
    }

    @Test
    void valuesAreConvertedAsTheComponentStoresThem() {
        assertEquals("2", ids(Map.of("total", "20.00")), "text that is a number, for a BigDecimal");
        assertEquals("2", ids(Map.of("total", 20)), "an int, for a BigDecimal");
        assertEquals("1", ids(Map.of("quantity", "25")));
        assertEquals("2", ids(Map.of("status", OrderStatus.PAID)), "the component's own type");
        assertEquals("23", ids(Map.of("createdAt", Map.of("ge", "2026-02-01T00:00:00Z"))), "instants are normalised");
        assertEquals("23", ids(Map.of("createdAt", Map.of("ge", "2026-02-01T01:00:00+01:00"))));
    }

    @Test
    void theTypeExplicitForm() {
        assertEquals("23", ids(Map.of("quantity", Map.of("value", "30", "type", "N", "operator", "ge"))));
        assertEquals("2", ids(Map.of("status", Map.of("value", "PAID", "type", "S"))));
    }

    @Test
    void badFiltersAreRefusedWithTheirName() {
        assertEquals("Filters.fromMap: Order has no attribute \"stauts\"; its attributes are [customerId, orderId, status,"
                + " quantity, total, createdAt, tags, shipTo, expiresAt, version]",
                error(Map.of("stauts", "PAID")));
        assertEquals("Filters.fromMap: unknown operator \"greater\" on \"quantity\"; use one of eq, ne, lt, le (lte), gt,"
                + " ge (gte), between, in, contains, begins_with, exists, not_exists",
                error(Map.of("quantity", Map.of("greater", 3))));
        assertEquals("Filters.fromMap: between on \"quantity\" takes a list of two values, low and high; found 1",
                error(Map.of("quantity", Map.of("between", List.of(1)))));
        assertEquals("Filters.fromMap: in on \"status\" takes 1 to 100 values (DynamoDB's limit); found 101",
                error(Map.of("status", Map.of("in", IntStream.range(0, 101).mapToObj(i -> "S" + i).toList()))));
        assertEquals("Filters.fromMap: \"gt\" does not apply to \"status\", a value without order; it takes eq, ne, in,"
                + " exists, not_exists", error(Map.of("status", Map.of("gt", "PAID"))));
        assertEquals("Filters.fromMap: \"eq\" does not apply to \"tags\", a list; it takes contains, exists, not_exists",
                error(Map.of("tags", "gift")));
        String notAnEnum = error(Map.of("status", "LOST"));
        assertEquals("Filters.fromMap: LOST does not fit \"status\" of Order: it must be one of [PENDING, PAID, SHIPPED],"
                + " found \"LOST\"", notAnEnum);
        assertEquals("Filters.fromMap: \"quantity\" has type N but value \"many\" is not a number",
                error(Map.of("quantity", Map.of("value", "many", "type", "N", "operator", "eq"))));
        assertEquals("Filters.fromMap: exists on \"total\" takes true or false, found maybe",
                error(Map.of("total", Map.of("exists", "maybe"))));
        assertEquals("Filters.fromMap: \"total\" compares with null; use {\"exists\": false} for a missing attribute",
                error(new LinkedHashMap<>(Map.of("total", Arrays.asList((Object) null))) {
                    private static final long serialVersionUID = 1L;

                    {
                        put("total", null);
                    }
                }));
    }

    @Test
    void theConditionIsTypedByTheSchemasRecord() {
        Condition<Order> c = Filters.fromMap(Order_.SCHEMA, Map.of("status", "PAID"));
        assertEquals(1, orders.query("c").filter(c).count());
        assertEquals(Customer.class.getSimpleName(), io.genericrepo.it.model.Customer_.SCHEMA.metadata().recordName());
    }

    private static String error(Map<String, ?> filters) {
        return assertThrows(IllegalArgumentException.class, () -> Filters.fromMap(Order_.SCHEMA, filters)).getMessage();
    }
}
