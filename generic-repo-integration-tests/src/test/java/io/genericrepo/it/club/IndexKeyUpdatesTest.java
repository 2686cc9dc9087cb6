package io.genericrepo.it.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.OptimisticLockException;
import io.genericrepo.Transaction;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.it.SentRequests;
import io.genericrepo.path.AttributePath;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Updates of components that only shared-index templates name: an update that sets every
 * component of a template rebuilds that index key in the same request (the index finds the item
 * under the new value, not the old); in a sparse index a removed component removes both keys; any
 * other change of such a component is refused before a request is sent, saying what to do.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexKeyUpdatesTest {

    private static final LocalDate JOINED = LocalDate.parse("2026-03-01");

    private final SentRequests sent = new SentRequests();
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private ClubRepository club;
    private ClubAsyncRepository asyncClub;

    IndexKeyUpdatesTest(Backend backend) {
        this.client = backend.client(sent);
        this.asyncClient = backend.asyncClient(sent);
    }

    @BeforeAll
    void create() {
        String table = BackendExtension.uniqueTableName("club");
        club = ClubRepository.builder().client(client).tableName(table).build();
        asyncClub = ClubAsyncRepository.builder().client(asyncClient).tableName(table).build();
        club.createTable();
    }

    @AfterAll
    void close() {
        club.close();
        asyncClub.close();
        client.close();
        asyncClient.close();
    }

    private static Member member(String id, String email, String nickname) {
        return new Member(id, "Ada", email, JOINED, 3, nickname, 0, 0);
    }

    private List<String> byEmail(String email) {
        return club.members().query(Member_.BY_EMAIL, email).list().stream().map(Member::id).toList();
    }

    private List<String> byLevel(int level) {
        return club.members().query(Member_.BY_LEVEL, level).list().stream().map(Member::id).toList();
    }

    private Map<String, AttributeValue> stored(String pk) {
        return client.getItem(b -> b.tableName(club.tableName()).key(Map.of("pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromS("PROFILE")))).item();
    }

    @Test
    void settingTheEmailMovesTheMemberInTheIndexAndBumpsItsVersion() {
        club.save(member("m-1", "ada@old.example", "ace"));
        Member updated = club.members().update("m-1", Update.of(Member_.email.set("ada@new.example")));
        assertEquals("ada@new.example", updated.email());
        assertEquals(2, updated.version(), "the version is still incremented");
        assertEquals(List.of("m-1"), byEmail("ada@new.example"));
        assertEquals(List.of(), byEmail("ada@old.example"), "not found under the old email");
        assertEquals("EMAIL#ada@new.example", stored("MEMBER#m-1").get("gsi1pk").s());
        assertEquals("JOINED#2026-03-01#Ada", stored("MEMBER#m-1").get("gsi1sk").s(), "the other key is untouched");
        assertTrue(byLevel(3).contains("m-1"), "and so is the other index");
        assertTrue(club.members().tryUpdate("m-1", Update.of(Member_.email.set("ada@try.example")),
                Member_.name.eq("Ada")).succeeded());
        assertEquals(List.of("m-1"), byEmail("ada@try.example"));
        assertEquals(List.of(), byEmail("ada@new.example"));
    }

    @Test
    void aSortKeyTemplateIsRebuiltWhenAllItsComponentsAreSet() {
        club.save(member("m-2", "m2@example.com", null));
        club.members().updateExisting("m-2", Update.of(Member_.joined.set(LocalDate.parse("2027-01-15")),
                Member_.name.set("Adele")), Member_.email.eq("m2@example.com"));
        assertEquals("JOINED#2027-01-15#Adele", stored("MEMBER#m-2").get("gsi1sk").s());
        assertEquals(MemberSchema.INSTANCE.toItem(club.members().loadOrThrow("m-2")).get("gsi1sk"),
                stored("MEMBER#m-2").get("gsi1sk"), "as save writes it");
        assertEquals(List.of("m-2"), club.members().query(Member_.BY_EMAIL, "m2@example.com")
                .sortKey(Member_.BY_EMAIL_SORT_KEY.ge(LocalDate.parse("2027-01-01"))).list().stream()
                .map(Member::id).toList());
        assertEquals(List.of(), club.members().query(Member_.BY_EMAIL, "m2@example.com")
                .sortKey(Member_.BY_EMAIL_SORT_KEY.lt(LocalDate.parse("2027-01-01"))).list());
    }

    @Test
    void aTemplateWithAPrimaryKeyComponentTakesItFromTheKey() {
        club.save(new Coach("c-1", "coach@example.com", "chess"));
        Coach updated = club.coaches().update("c-1", Update.of(Coach_.sport.set("go"),
                Coach_.email.set("sensei@example.com")));
        assertEquals(new Coach("c-1", "sensei@example.com", "go"), updated);
        assertEquals("EMAIL#sensei@example.com", stored("COACH#c-1").get("gsi1pk").s());
        assertEquals("COACH#go#c-1", stored("COACH#c-1").get("gsi1sk").s());
        assertEquals(List.of(updated), club.coaches().query(Coach_.BY_EMAIL, "sensei@example.com").list());
        Map<String, AttributeValue> saved = CoachSchema.INSTANCE.toItem(updated);
        assertEquals(List.of(saved.get("gsi1pk"), saved.get("gsi1sk")),
                List.of(stored("COACH#c-1").get("gsi1pk"), stored("COACH#c-1").get("gsi1sk")), "as save writes them");
    }

    @Test
    void asyncUpdatesRebuildTheIndexKeysToo() {
        club.save(member("m-3", "m3@old.example", null));
        Member updated = asyncClub.members().update("m-3", Update.of(Member_.email.set("m3@new.example"))).join();
        assertEquals(2, updated.version());
        assertEquals(List.of("m-3"), byEmail("m3@new.example"));
        assertEquals(List.of(), byEmail("m3@old.example"));
        Member again = asyncClub.members().updateIfUnchanged(updated, Update.of(Member_.email.set("m3@newer.example")))
                .join();
        assertEquals(3, again.version());
        assertEquals(List.of("m-3"), asyncClub.members().query(Member_.BY_EMAIL, "m3@newer.example").list().join()
                .stream().map(Member::id).toList());
    }

    @Test
    void aVersionedUpdateChecksTheVersionBeforeMovingTheItem() {
        Member saved = (Member) club.save(member("m-4", "m4@old.example", null));
        Member moved = club.members().updateIfUnchanged(saved, Update.of(Member_.email.set("m4@new.example")));
        assertEquals(2, moved.version());
        assertThrows(OptimisticLockException.class, () -> club.members().updateIfUnchanged(saved,
                Update.of(Member_.email.set("m4@stale.example"))));
        assertEquals(List.of(), byEmail("m4@stale.example"), "a stale update moves nothing");
        assertEquals(List.of("m-4"), byEmail("m4@new.example"));
        Member throughHierarchy = (Member) club.updateIfUnchanged(moved, Update.of(
                new UpdateAction.Set<>(AttributePath.of("email"), AttributeValue.fromS("m4@hierarchy.example"))));
        assertEquals(3, throughHierarchy.version(), "the hierarchy applies the entity's rules");
        assertEquals(List.of("m-4"), byEmail("m4@hierarchy.example"));
        assertEquals(List.of(), byEmail("m4@new.example"));
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> club.updateIfUnchanged(
                throughHierarchy, Update.of(new UpdateAction.Set<>(AttributePath.of("id"), AttributeValue.fromS("m-9")))));
        assertEquals("An update of Club cannot change key component id, which its key templates are built from: save"
                + " an item with the new values and delete the old one", id.getMessage());
    }

    @Test
    @Tag("engine") // dynalite has no transactions
    void aTransactionRebuildsTheIndexKeys() {
        club.save(member("m-5", "m5@old.example", null));
        Transaction.write().update(club.members(), "m-5", Update.of(Member_.email.set("m5@new.example"))).commit();
        assertEquals(List.of("m-5"), byEmail("m5@new.example"));
        assertEquals(List.of(), byEmail("m5@old.example"));
        assertEquals(2, club.members().loadOrThrow("m-5").version());
    }

    @Test
    void inASparseIndexRemovingAComponentRemovesBothKeysAndSettingAllPutsTheItemBack() {
        club.save(member("m-6", "m6@example.com", "ace"));
        club.save(member("m-7", "m7@example.com", "bee"));
        assertTrue(byLevel(3).containsAll(List.of("m-6", "m-7")));
        club.members().update("m-6", Update.of(Member_.nickname.remove()));
        Map<String, AttributeValue> item = stored("MEMBER#m-6");
        assertFalse(item.containsKey("gsi2pk") || item.containsKey("gsi2sk"), "out of the index: " + item);
        assertFalse(byLevel(3).contains("m-6"));
        club.members().update("m-7", Update.of(new UpdateAction.Set<>(AttributePath.of("nickname"),
                AttributeValue.fromNul(true))));
        assertFalse(stored("MEMBER#m-7").containsKey("gsi2pk"), "a NULL value is a null component too");

        club.members().update("m-6", Update.of(Member_.nickname.set("cat"), Member_.level.set(9)));
        assertEquals(List.of("m-6"), byLevel(9));
        assertEquals("NICK#cat", stored("MEMBER#m-6").get("gsi2sk").s());
        assertEquals(List.of("m-6"), club.members().query(Member_.BY_EMAIL, "m6@example.com").list().stream()
                .map(Member::id).toList(), "the other index is untouched");
    }

    private void refused(String message, Supplier<?> update) {
        sent.clear();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, update::get);
        assertEquals(message, e.getMessage());
        assertEquals(List.of(), sent.names(), "nothing was sent");
    }

    @Test
    void changesWhoseIndexKeyCannotBeKnownAreRefusedBeforeSending() {
        Member saved = (Member) club.save(member("m-8", "m8@example.com", "ace"));
        String byLevelPk = ", a component of index by-level's partition key template \"LEVEL#{level}\" (attribute gsi2pk)";
        String byEmailPk = ", a component of index by-email's partition key template \"EMAIL#{email}\" (attribute gsi1pk)";
        String unknowable = ", but its new value is known only to DynamoDB, so the update cannot rebuild the index key;"
                + " set all of the template's components (";
        String fix = ") to values in the same update, or save the item";
        refused("An update of Member adds to level" + byLevelPk + unknowable + "level" + fix,
                () -> club.members().update("m-8", Update.of(Member_.level.increment(1))));
        refused("An update of Member adds to level" + byLevelPk + unknowable + "level" + fix,
                () -> asyncClub.members().update("m-8", Update.of(Member_.level.add(1))));
        refused("An update of Member sets email only where it is absent" + byEmailPk + unknowable + "email" + fix,
                () -> club.members().update("m-8", Update.of(Member_.email.setIfAbsent("x@example.com"))));
        refused("An update of Member appends to email" + byEmailPk + unknowable + "email" + fix,
                () -> club.members().update("m-8", Update.of(new UpdateAction.Append<>(AttributePath.of("email"),
                        AttributeValue.fromL(List.of(AttributeValue.fromS("x"))), false))));
        refused("An update of Member removes email" + byEmailPk + ", but the index is not sparse, so every Member"
                + " needs a value for it (save refuses a null one too); set it to a value instead (with the template's"
                + " other components), save the item, or make the index sparse (@IndexKeys(sparse = true))",
                () -> club.members().updateIfUnchanged(saved, Update.of(Member_.email.remove())));
        refused("An update of Member sets email to NULL" + byEmailPk + ", but the index is not sparse, so every Member"
                + " needs a value for it (save refuses a null one too); set it to a value instead (with the template's"
                + " other components), save the item, or make the index sparse (@IndexKeys(sparse = true))",
                () -> club.members().update("m-8", Update.of(new UpdateAction.Set<>(AttributePath.of("email"),
                        AttributeValue.fromNul(true)))));
        refused("An update of Member sets joined, a component of index by-email's sort key template"
                + " \"JOINED#{joined}#{name}\" (attribute gsi1sk), but not name, so the index key cannot be rebuilt;"
                + " set all of the template's components (joined, name" + fix,
                () -> club.members().update("m-8", Update.of(Member_.joined.set(JOINED.plusDays(1)))));
        refused("An update of Member sets nickname, a component of index by-level's sort key template"
                + " \"NICK#{nickname}\" (attribute gsi2sk), but not level of index by-level's partition key template"
                + " \"LEVEL#{level}\" (attribute gsi2pk): the index is sparse, so an item has both its keys or neither"
                + " (it may have none now), and both are written together; set all of the components of both"
                + " templates (level, nickname" + fix,
                () -> asyncClub.members().update("m-8", Update.of(Member_.nickname.set("dot"))));
        refused("An update of Member removes level" + byLevelPk + ", which is a primitive: the record reads it back"
                + " as its default, and save writes that into the index key; set it to a value instead (with the"
                + " template's other components), or save the item",
                () -> club.members().update("m-8", Update.of(Member_.level.remove(), Member_.nickname.remove())));
        refused("An update of Coach adds to sport, a component of index by-email's sort key template"
                + " \"COACH#{sport}#{id}\" (attribute gsi1sk)" + unknowable + "sport" + fix,
                () -> Transaction.write().update(club.coaches(), "c-9", Update.of(new UpdateAction.Add<>(
                        AttributePath.of("sport"), AttributeValue.fromN("1")))));
        assertEquals(saved, club.members().loadOrThrow("m-8"), "nothing changed");
        assertEquals(List.of("m-8"), byEmail("m8@example.com"));
    }
}
