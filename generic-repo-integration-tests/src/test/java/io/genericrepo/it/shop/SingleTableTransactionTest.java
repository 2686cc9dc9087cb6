package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Transaction;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One transaction that writes an order and its lines and increments the customer's order count,
 * mixing the views of one table (and the hierarchy's repository), sync and async. Tagged engine:
 * dynalite has no transactions.
 */
@Tag("engine")
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleTableTransactionTest {

    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private ShopItemRepository shop;
    private ShopItemAsyncRepository asyncShop;

    SingleTableTransactionTest(Backend backend) {
        this.client = backend.client();
        this.asyncClient = backend.asyncClient();
    }

    @BeforeAll
    void create() {
        String table = BackendExtension.uniqueTableName("shop-tx");
        shop = ShopItemRepository.builder().client(client).tableName(table).build();
        asyncShop = ShopItemAsyncRepository.builder().client(asyncClient).tableName(table).build();
        shop.createTable();
    }

    @AfterAll
    void close() {
        shop.close();
        asyncShop.close();
        client.close();
        asyncClient.close();
    }

    @Test
    void oneTransactionWritesAnOrderItsLinesAndCountsIt() {
        Customer ada = (Customer) shop.save(ShopData.customer("tx-1"));
        Order order = ShopData.order("tx-1", "tx-1-o1", ShopData.MAR_2026);
        TransactionResult result = Transaction.write()
                .put(shop.orders(), order)
                .put(shop.orderLines(), ShopData.line(order, 1))
                .put(shop.orderLines(), ShopData.line(order, 2))
                .update(shop.customers(), "tx-1", Update.of(Customer_.orderCount.add(1)),
                        Customer_.orderCount.eq(ada.orderCount()))
                .commit();
        Customer counted = result.item(shop.customers(), "tx-1");
        assertEquals(1, counted.orderCount());
        assertEquals(2, counted.version(), "the update inside the transaction increments the version");
        CustomerOrdersAndLines collection = shop.customerOrdersAndLines("tx-1").orElseThrow();
        assertEquals(List.of(order), collection.orders());
        assertEquals(List.of(1, 2), collection.orderLines().stream().map(OrderLine::lineNo).toList());
    }

    @Test
    void aCancelledTransactionWritesNothing() {
        shop.save(ShopData.customer("tx-3"));
        Order order = ShopData.order("tx-3", "tx-3-o1", ShopData.MAR_2026);
        assertThrows(TransactionFailedException.class, () -> Transaction.write()
                .put(shop.orders(), order)
                .update(shop.customers(), "tx-3", Update.of(Customer_.orderCount.add(1)), Customer_.orderCount.eq(7))
                .commit());
        assertEquals(1, shop.query("CUSTOMER#tx-3").list().size(), "the order was not written");
    }

    @Test
    void aTransactionUpdatesOnlyAnExistingItemOfTheEntity() {
        Order order = ShopData.order("tx-5", "tx-5-o1", ShopData.MAR_2026);
        TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> Transaction.write()
                .put(shop.orders(), order)
                .update(shop.customers(), "tx-5", Update.of(Customer_.orderCount.add(1)))
                .commit());
        assertTrue(e.getMessage().contains("no Customer item with this key exists"), e.getMessage());
        assertTrue(shop.query("CUSTOMER#tx-5").list().isEmpty(), "no untyped customer, and no order either");
        assertTrue(client.query(b -> b.tableName(shop.tableName()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(java.util.Map.of(":pk", software.amazon.awssdk.services.dynamodb.model
                        .AttributeValue.fromS("CUSTOMER#tx-5")))).items().isEmpty());
        shop.save(ShopData.customer("tx-5"));
        TransactionResult result = Transaction.write().put(shop.orders(), order)
                .update(shop.customers(), "tx-5", Update.of(Customer_.orderCount.add(1))).commit();
        assertEquals(1, result.item(shop.customers(), "tx-5").orderCount());
    }

    @Test
    void aTransactionMayNameTheHierarchyAndItsViews() {
        Order order = ShopData.order("tx-2", "tx-2-o1", ShopData.JAN_2025);
        Transaction.write().put(shop, ShopData.customer("tx-2")).put(shop.orders(), order).commit();
        assertEquals(2, shop.query("CUSTOMER#tx-2").list().size());
    }

    @Test
    void anAsyncTransactionDoesTheSame() {
        asyncShop.save(ShopData.customer("tx-4")).join();
        Order order = ShopData.order("tx-4", "tx-4-o1", ShopData.NOV_2026);
        TransactionResult result = Transaction.writeAsync()
                .put(asyncShop.orders(), order)
                .put(asyncShop.orderLines(), ShopData.line(order, 1))
                .update(asyncShop.customers(), "tx-4", Update.of(Customer_.orderCount.add(1)))
                .commit().join();
        assertEquals(1, result.item(asyncShop.customers(), "tx-4").orderCount());
        CustomerOrdersAndLines collection = asyncShop.customerOrdersAndLines("tx-4").join().orElseThrow();
        assertEquals(1, collection.orderLines().size());
        assertTrue(collection.customer().version() == 2);
    }
}
