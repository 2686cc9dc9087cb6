package io.genericrepo.it.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code @IndexKeys(sparse = true)}: an entity whose index component is null is saved without the
 * index's key attributes and so left out of the index; without {@code sparse} such an item is
 * refused before anything is written.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparseIndexTest {

    private final DynamoDbClient client;
    private DirectoryRepository directory;

    SparseIndexTest(Backend backend) {
        this.client = backend.client();
    }

    @BeforeAll
    void create() {
        directory = DirectoryRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("dir"))
                .build();
        directory.createTable();
        directory.save(new Person("p-1", "Ada", "ada@example.com"));
        directory.save(new Person("p-2", "Bob", null));
        directory.save(new Team("t-1", "team@example.com"));
    }

    @AfterAll
    void close() {
        directory.close();
        client.close();
    }

    private Map<String, AttributeValue> raw(String pk) {
        return client.getItem(b -> b.tableName(directory.tableName()).key(Map.of(
                "pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("PROFILE")))).item();
    }

    @Test
    void aNullComponentLeavesTheItemOutOfTheIndex() {
        assertFalse(raw("PERSON#p-2").containsKey("emailpk"), raw("PERSON#p-2").toString());
        assertEquals("EMAIL#ada@example.com", raw("PERSON#p-1").get("emailpk").s());
        assertEquals(new Person("p-2", "Bob", null), directory.persons().loadOrThrow("p-2"));
        assertEquals(List.of("p-1"), directory.persons().scan().list().stream().filter(p -> p.email() != null)
                .map(Person::id).toList());
        assertEquals(3, directory.scan().list().size());
        assertEquals(List.of(new Person("p-1", "Ada", "ada@example.com")),
                directory.persons().query(Person_.BY_EMAIL, "ada@example.com").list());
    }

    @Test
    void withoutSparseANullComponentIsRefusedBeforeWriting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> directory.save(new Team("t-2", null)));
        assertTrue(e.getMessage().contains("contact"), e.getMessage());
        assertTrue(raw("TEAM#t-2").isEmpty(), "nothing written");
    }
}
