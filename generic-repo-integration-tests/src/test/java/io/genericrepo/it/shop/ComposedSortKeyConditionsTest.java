package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Condition;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Typed conditions on composed sort keys beyond {@code SORT_KEY}: a shared index's
 * ({@code OrderLine_.GSI1_SORT_KEY} for {@code "LINE#{lineNo}"}), with ranges in numeric order
 * (line 10 after line 9, though "1" sorts before "9" as text), on the index only; and a later
 * component of the table's sort key through the generated {@code OrderLine_.sortKeyLineNo(placedAt,
 * orderId)}, with no key part to name.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposedSortKeyConditionsTest {

    private final DynamoDbClient client;
    private ShopItemRepository shop;

    ComposedSortKeyConditionsTest(Backend backend) {
        this.client = backend.client();
    }

    @BeforeAll
    void createAndFill() {
        shop = ShopItemRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("shop")).build();
        shop.createTable();
        Order order = ShopData.order("s-1", "s-1-o1", ShopData.MAR_2026);
        shop.save(order);
        IntStream.rangeClosed(1, 12).forEach(n -> shop.save(ShopData.line(order, n)));
        shop.save(ShopData.line(ShopData.order("s-1", "s-1-o10", ShopData.MAR_2026), 1)); // its id extends s-1-o1
    }

    @AfterAll
    void close() {
        shop.close();
        client.close();
    }

    private List<Integer> lines(Condition<OrderLine> sortKey) {
        return shop.orderLines().query(OrderLine_.GSI1, "s-1-o1").sortKey(sortKey).list().stream()
                .map(OrderLine::lineNo).toList();
    }

    @Test
    void rangesFollowTheNumbersNotTheirText() {
        assertEquals(List.of(10, 11, 12), lines(OrderLine_.GSI1_SORT_KEY.ge(10)));
        assertEquals(List.of(9, 10), lines(OrderLine_.GSI1_SORT_KEY.between(9, 10)));
        assertEquals(List.of(1, 2), lines(OrderLine_.GSI1_SORT_KEY.lt(3)));
        assertEquals(List.of(12), lines(OrderLine_.GSI1_SORT_KEY.gt(11)));
        assertEquals(List.of(7), lines(OrderLine_.GSI1_SORT_KEY.eq(7)));
        assertEquals(List.of(12, 11), shop.orderLines().query(OrderLine_.GSI1, "s-1-o1")
                .sortKey(OrderLine_.GSI1_SORT_KEY.ge(11)).descending().list().stream().map(OrderLine::lineNo).toList());
    }

    @Test
    void theConditionIsOnTheIndexSortKeyOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shop.orderLines().query("s-1").sortKey(OrderLine_.GSI1_SORT_KEY.ge(10)));
        assertTrue(e.getMessage().contains("sort key sk") && e.getMessage().contains("gsi1sk"), e.getMessage());
    }

    @Test
    void laterComponentsOfTheTableSortKeyHaveGeneratedConditions() {
        assertEquals(List.of(10, 11, 12), shop.orderLines().query("s-1")
                .sortKey(OrderLine_.sortKeyLineNo(ShopData.MAR_2026, "s-1-o1").ge(10)).list().stream()
                .map(OrderLine::lineNo).toList());
        assertEquals(12, shop.orderLines().query("s-1")
                .sortKey(OrderLine_.sortKeyOrderId(ShopData.MAR_2026).eq("s-1-o1")).list().size(),
                "eq on a middle component leaves out s-1-o10");
        assertEquals(13, shop.orderLines().query("s-1")
                .sortKey(OrderLine_.sortKeyOrderId(ShopData.MAR_2026).beginsWith("s-1-o1")).list().size());
    }
}
