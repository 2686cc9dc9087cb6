package io.genericrepo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example does what it prints, on the embedded engine it runs on by default. */
class ExampleAppTest {

    @Test
    void theExampleRunsEndToEnd() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.create();
                CustomerRepository customers = CustomerRepository.builder().client(engine.client()).build();
                OrderRepository orders = OrderRepository.builder().client(engine.client()).build()) {
            ExampleApp.run(customers, orders, new PrintStream(buffer, true, StandardCharsets.UTF_8));
            List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals("ensureTable " + customers.tableName() + ": created=true", lines.get(0));
            assertEquals(lines.get(2).replace("save      ", ""), lines.get(3).replace("load      ", ""),
                    "the customer loads as it was saved");
            assertEquals("overwrite Order[customerId=c-1, orderId=2026-11-25-0001, status=PAID, quantity=3,"
                    + " total=59.7, createdAt=2026-11-25T10:15:30Z, tags=[gift, express],"
                    + " shipTo=Address[street=Storgata 1, city=Oslo, country=NO]]", lines.get(6));
            assertEquals("query     2 orders of c-1 in November", lines.get(7));
            assertEquals("index     [2026-11-26-0002] pending", lines.get(8));
            assertEquals("update    SHIPPED [gift, express, shipped]", lines.get(9));
            assertEquals("rejected  only paid orders ship", lines.get(10));
            assertEquals("count     2 orders with items", lines.get(11));
            assertEquals("delete    2026-11-25-0001", lines.get(12));
            assertEquals("load      (no item)", lines.get(13));
            assertEquals("loadOrThrow -> Key not found in table " + orders.tableName()
                    + ": customerId=c-1, orderId=2026-11-25-0001", lines.get(14));
            assertEquals("loadAll   [Alan Turing, Grace Hopper]", lines.get(15), "in the order asked, c-9 missing");
            assertEquals("delete    Ada Lovelace", lines.get(16));
            assertEquals(17, lines.size());
            assertEquals(0, customers.count(), "the batch delete removed the others");
        }
    }
}
