package io.genericrepo.it.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemKey;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
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
        assertTrue(directory.scan().list().containsAll(List.of(new Person("p-1", "Ada", "ada@example.com"),
                new Person("p-2", "Bob", null), new Team("t-1", "team@example.com"))), "a scan reads them all");
        assertEquals(List.of(new Person("p-1", "Ada", "ada@example.com")),
                directory.persons().query(Person_.BY_EMAIL, "ada@example.com").list());
    }

    @Test
    void anUpdateOfTheEmailPutsThePersonInTheIndexAndARemoveTakesItOut() {
        directory.save(new Person("p-3", "Cy", null));
        directory.persons().update("p-3", Update.of(Person_.email.set("cy@example.com")));
        assertEquals("EMAIL#cy@example.com", raw("PERSON#p-3").get("emailpk").s());
        assertEquals(List.of("p-3"), emails("cy@example.com"));
        directory.persons().updateExisting("p-3", Update.of(Person_.email.remove()));
        assertFalse(raw("PERSON#p-3").containsKey("emailpk"), raw("PERSON#p-3").toString());
        assertEquals(List.of(), emails("cy@example.com"));
        Person back = directory.persons().update("p-3", Update.of(Person_.email.set("cy@new.example")));
        assertEquals(List.of("p-3"), emails("cy@new.example"));
        assertEquals(DirectorySchema.INSTANCE.toItem(back).get("emailpk"), raw("PERSON#p-3").get("emailpk"),
                "as save writes it");
    }

    @Test
    void anUpdateByKeyOfTheHierarchyCannotTellWhoseIndexKeysToRebuild() {
        Team team = new Team("t-3", "t3@example.com");
        directory.save(team);
        ItemKey key = directory.schema().keyOf(team);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> directory.update(key,
                Update.of(new UpdateAction.Set<>(AttributePath.of("contact"), AttributeValue.fromS("x@example.com")))));
        assertEquals("An update of Directory by key (pk=TEAM#t-3, sk=PROFILE) cannot tell which entity the key holds,"
                + " and contact is a component of Team's index by-email's partition key template \"EMAIL#{contact}\""
                + " (attribute emailpk), which an update of that entity rebuilds: update through the entity's typed"
                + " view, or with updateIfUnchanged(item, update)", e.getMessage());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> directory.update(key,
                Update.of(new UpdateAction.Set<>(AttributePath.of("id"), AttributeValue.fromS("t-4")))));
        assertEquals("An update of Directory cannot change key component id, which Person's key templates are built"
                + " from: save an item with the new values and delete the old one", id.getMessage());
        IllegalArgumentException removed = assertThrows(IllegalArgumentException.class,
                () -> directory.teams().update("t-3", Update.of(Team_.contact.remove())));
        assertTrue(removed.getMessage().startsWith("An update of Team removes contact, a component of index by-email's"
                + " partition key template \"EMAIL#{contact}\" (attribute emailpk), but the index is not sparse"),
                removed.getMessage());
        assertEquals("EMAIL#t3@example.com", raw("TEAM#t-3").get("emailpk").s(), "nothing changed");
        assertEquals("x@example.com", directory.teams().update("t-3", Update.of(Team_.contact.set("x@example.com")))
                .contact());
        assertEquals(List.of(new Team("t-3", "x@example.com")),
                directory.teams().query(Team_.BY_EMAIL, "x@example.com").list());
    }

    private List<String> emails(String email) {
        return directory.persons().query(Person_.BY_EMAIL, email).list().stream().map(Person::id).toList();
    }

    @Test
    void withoutSparseANullComponentIsRefusedBeforeWriting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> directory.save(new Team("t-2", null)));
        assertTrue(e.getMessage().contains("contact"), e.getMessage());
        assertTrue(raw("TEAM#t-2").isEmpty(), "nothing written");
    }
}
