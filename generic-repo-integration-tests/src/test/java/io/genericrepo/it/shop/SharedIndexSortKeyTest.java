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
 * Typed conditions on a shared index's composed sort key ({@code OrderLine_.GSI1_SORT_KEY} for
 * {@code "LINE#{lineNo}"}): ranges in numeric order (line 10 after line 9, though "1" sorts
 * before "9" as text), on the index only.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedIndexSortKeyTest {

    private final DynamoDbClient client;
    private ShopItemRepository shop;

    SharedIndexSortKeyTest(Backend backend) {
        this.client = backend.client();
    }

    @BeforeAll
    void createAndFill() {
        shop = ShopItemRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("shop")).build();
        shop.createTable();
        Order order = ShopData.order("s-1", "s-1-o1", ShopData.MAR_2026);
        shop.save(order);
        IntStream.rangeClosed(1, 12).forEach(n -> shop.save(ShopData.line(order, n)));
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
}
