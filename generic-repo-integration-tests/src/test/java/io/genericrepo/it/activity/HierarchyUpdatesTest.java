package io.genericrepo.it.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ConditionFailedException;
import io.genericrepo.ItemKey;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Updates by key through the repository of a hierarchy whose entities differ only in TTL: allowed
 * (no entity is versioned) while no data expiration is set, on existing items of its entities only;
 * refused, pointing at the entity's view, when an expiration would give every entity an expiry.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HierarchyUpdatesTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private ActivityRepository activity;
    private ActivityAsyncRepository asyncActivity;

    HierarchyUpdatesTest(Backend backend) {
        this.client = backend.client();
        this.asyncClient = backend.asyncClient();
    }

    @BeforeAll
    void create() {
        String table = BackendExtension.uniqueTableName("activity");
        activity = ActivityRepository.builder().client(client).tableName(table).build();
        asyncActivity = ActivityAsyncRepository.builder().client(asyncClient).tableName(table).build();
        activity.createTable();
    }

    @AfterAll
    void close() {
        activity.close();
        asyncActivity.close();
        client.close();
        asyncClient.close();
    }

    private static Update<Activity> set(String attribute, String value) {
        return Update.of(new UpdateAction.Set<>(AttributePath.of(attribute), AttributeValue.fromS(value)));
    }

    @Test
    void withoutAnExpirationAnUpdateByKeyChangesAnExistingItemOfAnEntity() {
        Login login = new Login("u-1", AT, "10.0.0.1");
        activity.save(login);
        ItemKey key = activity.schema().keyOf(login);
        assertEquals(new Login("u-1", AT, "10.0.0.2"), activity.update(key, set("ip", "10.0.0.2")));
        assertFalse(client.getItem(b -> b.tableName(activity.tableName()).key(activity.schema().toKey(key))).item()
                .containsKey("expiresAt"), "a login gets no expiry");

        ItemKey missing = new ItemKey("USER#u-1", "LOGIN#nothing");
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> activity.update(missing, set("ip", "x")));
        assertTrue(e.getMessage().contains("no item of Activity's entities with this key exists"), e.getMessage());
        assertTrue(client.getItem(b -> b.tableName(activity.tableName()).key(activity.schema().toKey(missing))).item()
                .isEmpty(), "no untyped item was created");
        CompletionException async = assertThrows(CompletionException.class,
                () -> asyncActivity.update(missing, set("ip", "x")).join());
        assertInstanceOf(ConditionFailedException.class, async.getCause());
        assertEquals("10.0.0.3", ((Login) asyncActivity.update(key, set("ip", "10.0.0.3")).join()).ip());
    }

    @Test
    void withAnExpirationAnUpdateByKeyIsRefusedAndTheViewsApplyTheirOwnRules() {
        try (ActivityRepository expiring = ActivityRepository.builder().client(client).tableName(activity.tableName())
                .dataExpiration(Duration.ofDays(1)).build();
                ActivityAsyncRepository asyncExpiring = ActivityAsyncRepository.builder().client(asyncClient)
                        .tableName(activity.tableName()).dataExpiration(Duration.ofDays(1)).build()) {
            Login login = new Login("u-2", AT, "10.0.0.1");
            expiring.save(login);
            ItemKey key = expiring.schema().keyOf(login);
            String expected = "An update of Activity by key (pk=USER#u-2, sk=LOGIN#2026-11-30T08:00:00.000000000Z) cannot"
                    + " tell which entity the key holds, and Session has a @Ttl (expiresAt) that an update fills in"
                    + " where absent, which the other entities do not have: update through the entity's typed view"
                    + " (SessionRepository, for example)";
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> expiring.update(key, set("ip", "x")));
            assertEquals(expected, e.getMessage());
            IllegalArgumentException async = assertThrows(IllegalArgumentException.class,
                    () -> asyncExpiring.update(key, set("ip", "x")));
            assertEquals(expected, async.getMessage());

            assertEquals("10.0.0.9", expiring.logins().update(expiring.logins().schema().keyOf(login),
                    Update.of(Login_.ip.set("10.0.0.9"))).ip());
            Map<String, AttributeValue> stored = client.getItem(b -> b.tableName(activity.tableName())
                    .key(expiring.schema().toKey(key))).item();
            assertFalse(stored.containsKey("expiresAt"), "the login's view fills no expiry: " + stored);
            Session session = (Session) expiring.save(new Session("u-2", "s-1", "phone", null));
            Session moved = asyncExpiring.sessions().update(asyncExpiring.sessions().schema().keyOf(session),
                    Update.of(Session_.device.set("laptop"))).join();
            assertEquals("laptop", moved.device());
            assertTrue(moved.expiresAt() != null, "the session's view keeps its expiry rule");
        }
    }
}
