package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderAsyncRepository;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.testing.DynaliteServer;
import io.genericrepo.testing.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * TTL settings, which dynalite lacks, against moto's server: {@code createTable()} enables time to
 * live on the {@code @Ttl} attribute, and the attribute is stored as epoch seconds. Tagged
 * {@code moto}; fails with a clear message when {@code moto_server} is not installed.
 */
@Tag("moto")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotoTtlTest {

    private MotoServer moto;
    private DynamoDbClient client;

    @BeforeAll
    void start() {
        moto = MotoServer.start();
        client = moto.newClient();
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void createTableEnablesTimeToLiveOnTheTtlAttribute() {
        try (OrderRepository orders = OrderRepository.builder().client(client).tableName("moto-orders").build()) {
            orders.createTable();
            TimeToLiveDescription ttl = client.describeTimeToLive(b -> b.tableName("moto-orders")).timeToLiveDescription();
            assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
            assertEquals("expiresAt", ttl.attributeName());
            Order saved = orders.save(new Order("c", "o", OrderStatus.PAID, 1, null, null, null, null, null, 0L));
            Map<String, AttributeValue> raw = client.getItem(b -> b.tableName("moto-orders")
                    .key(Map.of("customerId", AttributeValue.fromS("c"), "orderId", AttributeValue.fromS("o")))).item();
            assertEquals(Long.toString(saved.expiresAt().getEpochSecond()), raw.get("expiresAt").n());
        }
    }

    @Test
    void theAsyncRepositoryEnablesItToo() {
        try (DynamoDbAsyncClient async = DynamoDbAsyncClient.builder().endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(DynaliteServer.credentials()).build();
                OrderAsyncRepository orders = OrderAsyncRepository.builder().client(async).tableName("moto-async").build()) {
            orders.createTable().join();
            assertEquals(TimeToLiveStatus.ENABLED, client.describeTimeToLive(b -> b.tableName("moto-async"))
                    .timeToLiveDescription().timeToLiveStatus());
        }
    }
}
