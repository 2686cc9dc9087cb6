package io.genericrepo.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shop example does what it prints, with and without transactions, on the embedded engine. */
class ShopAppTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theShopRunsEndToEnd(boolean transactions) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.create();
                ShopItemRepository shop = ShopItemRepository.builder().client(engine.client()).build()) {
            ShopApp.run(shop, transactions, new PrintStream(buffer, true, StandardCharsets.UTF_8));
            List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
            String how = transactions ? ", in one transaction" : "";
            assertEquals(List.of(
                    "ensureTable shop: created=true",
                    "placed    o-1 with 1 lines" + how,
                    "placed    o-2 with 2 lines" + how,
                    "partition order o-1 SHIPPED 12.5",
                    "partition line o-1/1 2 x tea",
                    "partition order o-2 PAID 39.8",
                    "partition line o-2/1 1 x engine",
                    "partition line o-2/2 100 x punch cards",
                    "partition customer Ada Lovelace",
                    "orders    [o-2, o-1] newest first",
                    "in 2026   [o-2]",
                    "by id     [line o-2/1 1 x engine, line o-2/2 100 x punch cards, order o-2 PAID 39.8]",
                    "collection Ada Lovelace with 2 orders, in one Query",
                    "customer  Ada Lovelace: 2 orders, version 3",
                    "deleted   6 items of c-1"), lines);
            assertEquals(0, shop.count(), "the partition is gone");
        }
    }

    @Test
    void describeNamesEachEntity() {
        assertEquals("customer Ada", ShopApp.describe(new Customer("c", "Ada", 0, 0)));
    }
}
