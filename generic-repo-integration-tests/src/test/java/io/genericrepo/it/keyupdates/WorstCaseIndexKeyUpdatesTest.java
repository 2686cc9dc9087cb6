package io.genericrepo.it.keyupdates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ConditionFailedException;
import io.genericrepo.ItemKey;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.Transaction;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.it.SentRequests;
import io.genericrepo.path.AttributePath;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A demanding user's updates of shared-index components ({@link Workshop}): every rebuilt key must
 * be what save writes for the same record (compared on the whole stored item), an update that
 * touches no template component must write no index key, and every key DynamoDB would refuse
 * (empty, too long, unsplittable, out of range) must be refused before anything is sent.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorstCaseIndexKeyUpdatesTest {

    private static final Instant MADE = Instant.parse("2026-03-01T10:15:30.123456789Z");
    private static final Instant DUE = Instant.parse("2026-04-01T00:00:00Z");

    private final SentRequests sent = new SentRequests();
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private WorkshopRepository ws;
    private WorkshopAsyncRepository asyncWs;

    WorstCaseIndexKeyUpdatesTest(Backend backend) {
        this.client = backend.client(sent);
        this.asyncClient = backend.asyncClient(sent);
    }

    @BeforeAll
    void create() {
        String table = BackendExtension.uniqueTableName("workshop");
        ws = WorkshopRepository.builder().client(client).tableName(table).build();
        asyncWs = WorkshopAsyncRepository.builder().client(asyncClient).tableName(table).build();
        ws.createTable();
    }

    @AfterAll
    void close() {
        ws.close();
        asyncWs.close();
        client.close();
        asyncClient.close();
    }

    private static Gadget gadget(String id) {
        return new Gadget(id, MADE, "drill", Gear.IDLE, 5, 7L, DUE, "label-" + id, 0, 0);
    }

    private static GadgetKey key(String id) {
        return new GadgetKey(id, MADE);
    }

    private Map<String, AttributeValue> stored(String id) {
        Map<String, AttributeValue> key = new HashMap<>(GadgetSchema.INSTANCE.toItem(gadget(id)));
        key.keySet().retainAll(List.of("pk", "sk"));
        return client.getItem(b -> b.tableName(ws.tableName()).key(key).consistentRead(true)).item();
    }

    /** What save writes for the record, but for the version, which save increments. */
    private static Map<String, AttributeValue> asSaved(Gadget g) {
        Map<String, AttributeValue> item = new HashMap<>(GadgetSchema.INSTANCE.toItem(g));
        item.remove("version");
        return item;
    }

    private Map<String, AttributeValue> storedWithoutVersion(String id) {
        Map<String, AttributeValue> item = new HashMap<>(stored(id));
        item.remove("version");
        return item;
    }

    /** The index key attributes (gsi*) the last UpdateItem sent names. */
    private TreeSet<String> indexKeysWritten() {
        List<UpdateItemRequest> updates = sent.of(UpdateItemRequest.class);
        UpdateItemRequest last = updates.get(updates.size() - 1);
        TreeSet<String> out = new TreeSet<>();
        last.expressionAttributeNames().values().stream().filter(n -> n.startsWith("gsi")).forEach(out::add);
        return out;
    }

    private List<String> byKind(String kind) {
        return ws.gadgets().query(Gadget_.GSI1, kind).list().stream().map(Gadget::id).toList();
    }

    private List<String> byState(Gear state) {
        return ws.gadgets().query(Gadget_.GSI2, state).list().stream().map(Gadget::id).toList();
    }

    private List<String> byLabel(String label) {
        return ws.gadgets().query(Gadget_.GSI3, label).list().stream().map(Gadget::id).toList();
    }

    @Test
    void anUpdateOfEveryIndexComponentStoresExactlyWhatASaveOfTheRecordStores() {
        ws.save(gadget("g-1"));
        Gadget updated = ws.gadgets().update(key("g-1"), Update.of(Gadget_.kind.set("jigsaw"),
                Gadget_.state.set(Gear.BROKEN), Gadget_.rank.set(-3), Gadget_.serial.set(-9_000_000_000L),
                Gadget_.due.set(Instant.parse("1969-12-31T23:59:59.000000001Z")), Gadget_.label.set("ünï côdé")));
        assertEquals(new TreeSet<>(List.of("gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk")), indexKeysWritten());
        Map<String, AttributeValue> afterUpdate = storedWithoutVersion("g-1");
        assertEquals(asSaved(updated), afterUpdate, "the generated toItem of the updated record");
        ws.gadgets().save(updated);
        assertEquals(storedWithoutVersion("g-1"), afterUpdate, "the item a real save of the record stores");
        assertEquals(List.of("g-1"), byKind("jigsaw"));
        assertFalse(byKind("drill").contains("g-1"));
        assertTrue(byState(Gear.BROKEN).contains("g-1"));
        assertFalse(byState(Gear.IDLE).contains("g-1"));
        assertEquals(List.of("g-1"), byLabel("ünï côdé"));
        assertEquals(List.of(), byLabel("label-g-1"));
    }

    @Test
    void aComponentInBothTemplatesOfAnIndexAndInTwoIndexesNeedsEveryComponentOfEachTemplateItTouches() {
        ws.save(gadget("g-2"));
        Map<String, AttributeValue> before = stored("g-2");
        refused("An update of Gadget sets kind, a component of index gsi1's sort key template"
                + " \"KIND#{kind}#AT#{made}#{rank}\" (attribute gsi1sk), but not rank, so the index key cannot be"
                + " rebuilt; set all of the template's components (kind, rank) to values in the same update, or save"
                + " the item", () -> ws.gadgets().update(key("g-2"), Update.of(Gadget_.kind.set("saw"))));
        refused("An update of Gadget sets rank, a component of index gsi2's sort key template"
                + " \"{rank}#{serial}#{due}\" (attribute gsi2sk), but not serial or due, so the index key cannot be"
                + " rebuilt; set all of the template's components (rank, serial, due) to values in the same update,"
                + " or save the item",
                () -> ws.gadgets().update(key("g-2"), Update.of(Gadget_.kind.set("saw"), Gadget_.rank.set(1))));
        refused("An update of Gadget cannot change key component made, which its key templates are built from: save"
                + " an item with the new values and delete the old one", () -> ws.gadgets().update(key("g-2"),
                        Update.of(Gadget_.made.set(DUE), Gadget_.kind.set("saw"), Gadget_.rank.set(1))));
        assertEquals(before, stored("g-2"), "nothing changed");

        Gadget updated = ws.gadgets().update(key("g-2"), Update.of(Gadget_.kind.set("saw"), Gadget_.rank.set(1),
                Gadget_.serial.set(8L), Gadget_.due.set(DUE.plusNanos(1))));
        assertEquals(new TreeSet<>(List.of("gsi1pk", "gsi1sk", "gsi2sk")), indexKeysWritten(),
                "gsi2's partition key and gsi3 are not touched");
        assertEquals(asSaved(updated), storedWithoutVersion("g-2"));
        assertEquals("KIND#saw#AT#2026-03-01T10:15:30.123456789Z#00000000001", stored("g-2").get("gsi1sk").s(),
                "made comes from the primary sort key");
    }

    @Test
    void anUpdateOfNoTemplateComponentWritesNoIndexKeyAndTheSameValueRewritesOnlyItsOwnIndex() {
        Gadget saved = (Gadget) ws.save(gadget("g-3"));
        Map<String, AttributeValue> before = storedWithoutVersion("g-3");
        ws.gadgets().update(key("g-3"), Update.of(Gadget_.uses.increment(1)));
        assertEquals(new TreeSet<String>(), indexKeysWritten(), sent.of(UpdateItemRequest.class).get(sent.of(UpdateItemRequest.class).size() - 1)
                .updateExpression());
        ItemKey itemKey = ws.schema().keyOf(saved);
        ws.update(itemKey, Update.of(new UpdateAction.Increment<>(AttributePath.of("uses"), AttributeValue.fromN("1"))));
        assertEquals(new TreeSet<String>(), indexKeysWritten(), "an update by key of the hierarchy neither");
        Gadget same = ws.gadgets().update(key("g-3"), Update.of(Gadget_.state.set(Gear.IDLE)));
        assertEquals(new TreeSet<>(List.of("gsi2pk")), indexKeysWritten());
        before.put("uses", AttributeValue.fromN("2"));
        assertEquals(before, storedWithoutVersion("g-3"), "the same value rewrites the same key");
        assertEquals(asSaved(same), storedWithoutVersion("g-3"));
    }

    private Map<String, AttributeValue> refused(String message, Supplier<?> update) {
        int before = sent.all().size();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, update::get);
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        assertEquals(before, sent.all().size(), "nothing was sent: " + e.getMessage());
        return Map.of("message", AttributeValue.fromS(e.getMessage()));
    }

    private String refusedMessage(Supplier<?> update) {
        return refused(null, update).get("message").s();
    }

    @Test
    void keysDynamoDbWouldRefuseAreRefusedBeforeSendingAsSaveRefusesThem() {
        ws.save(gadget("g-4"));
        Map<String, AttributeValue> before = stored("g-4");
        String empty = refusedMessage(() -> ws.gadgets().update(key("g-4"), Update.of(Gadget_.label.set(""))));
        assertTrue(empty.contains("gsi3pk") && empty.contains("label") && empty.contains("empty"), empty);
        String emptyOnSave = assertThrows(IllegalArgumentException.class,
                () -> ws.save(new Gadget("g-4x", MADE, "drill", Gear.IDLE, 5, 7L, DUE, "", 0, 0))).getMessage();
        assertTrue(emptyOnSave.contains("label"), emptyOnSave);

        String tooLong = refusedMessage(() -> ws.gadgets().update(key("g-4"),
                Update.of(Gadget_.label.set("x".repeat(2049)))));
        assertTrue(tooLong.contains("gsi3pk") && tooLong.contains("2049") && tooLong.contains("2048"), tooLong);
        String tooManyBytes = refusedMessage(() -> ws.gadgets().update(key("g-4"),
                Update.of(Gadget_.label.set("é".repeat(1025)))));
        assertTrue(tooManyBytes.contains("2050"), "UTF-8 bytes, not characters: " + tooManyBytes);
        String longSortKey = refusedMessage(() -> ws.gadgets().update(key("g-4"), Update.of(
                Gadget_.kind.set("k".repeat(1000)), Gadget_.rank.set(1), Gadget_.serial.set(1L), Gadget_.due.set(DUE))));
        assertTrue(longSortKey.contains("gsi1sk") && longSortKey.contains("1024"), longSortKey);
        String separator = refusedMessage(() -> ws.gadgets().update(key("g-4"), Update.of(
                Gadget_.kind.set("a#AT#b"), Gadget_.rank.set(1), Gadget_.serial.set(1L), Gadget_.due.set(DUE))));
        assertTrue(separator.contains("gsi1sk") && separator.contains("#AT#"), separator);
        String year = refusedMessage(() -> ws.gadgets().update(key("g-4"), Update.of(Gadget_.kind.set("k"),
                Gadget_.rank.set(1),
                Gadget_.serial.set(1L), Gadget_.due.set(Instant.parse("-0001-01-01T00:00:00Z")))));
        assertTrue(year.contains("gsi2sk") && year.contains("due") && year.contains("9999"), year);
        String nullSerial = refusedMessage(() -> ws.gadgets().update(key("g-4"), Update.of(Gadget_.kind.set("k"),
                Gadget_.rank.set(1),
                Gadget_.serial.remove(), Gadget_.due.set(DUE))));
        assertTrue(nullSerial.contains("removes serial") && nullSerial.contains("not sparse"), nullSerial);
        assertEquals(before, stored("g-4"), "nothing changed");

        String longest = "x".repeat(2048);
        ws.gadgets().update(key("g-4"), Update.of(Gadget_.label.set(longest)));
        assertEquals(longest, stored("g-4").get("gsi3pk").s(), "2048 bytes is DynamoDB's limit, and allowed");
    }

    @Test
    void aFailedConditionOrAStaleVersionMovesNothing() {
        Gadget saved = (Gadget) ws.save(gadget("g-5"));
        Map<String, AttributeValue> before = stored("g-5");
        Update<Gadget> relabel = Update.of(Gadget_.label.set("moved-5"));
        assertThrows(ConditionFailedException.class,
                () -> ws.gadgets().update(key("g-5"), relabel, Gadget_.uses.gt(100)));
        assertFalse(ws.gadgets().tryUpdate(key("g-5"), relabel, Gadget_.kind.eq("saw")).succeeded());
        Gadget fresh = ws.gadgets().updateIfUnchanged(saved, Update.of(Gadget_.uses.increment(1)));
        assertThrows(OptimisticLockException.class, () -> ws.gadgets().updateIfUnchanged(saved, relabel));
        assertThrows(OptimisticLockException.class, () -> ws.updateIfUnchanged(saved,
                Update.of(new UpdateAction.Set<>(AttributePath.of("lbl"), AttributeValue.fromS("moved-5")))));
        assertEquals(List.of(), byLabel("moved-5"), "no stale update moved the item");
        assertEquals(before.get("gsi3pk"), stored("g-5").get("gsi3pk"));

        Gadget moved = (Gadget) ws.updateIfUnchanged(fresh,
                Update.of(new UpdateAction.Set<>(AttributePath.of("lbl"), AttributeValue.fromS("moved-5"))));
        assertEquals("moved-5", moved.label());
        assertEquals(3, moved.version());
        assertEquals(List.of("g-5"), byLabel("moved-5"));
        assertEquals(asSaved(moved), storedWithoutVersion("g-5"));
        Gadget conditioned = ws.gadgets().update(key("g-5"), Update.of(Gadget_.label.set("moved-5b")),
                Gadget_.label.eq("moved-5"));
        assertEquals(asSaved(conditioned), storedWithoutVersion("g-5"), "a condition on the old value holds");
    }

    @Test
    void aSparseIndexOfAComponentAloneLosesAndRegainsItsKeyAndOtherIndexesKeepTheirs() {
        ws.save(gadget("g-6"));
        Map<String, AttributeValue> before = stored("g-6");
        Gadget removed = ws.gadgets().update(key("g-6"), Update.of(Gadget_.label.remove()));
        assertEquals(new TreeSet<>(List.of("gsi3pk")), indexKeysWritten());
        assertFalse(stored("g-6").containsKey("gsi3pk"));
        assertEquals(before.get("gsi1sk"), stored("g-6").get("gsi1sk"));
        assertEquals(before.get("gsi2sk"), stored("g-6").get("gsi2sk"));
        assertEquals(asSaved(removed), storedWithoutVersion("g-6"));
        ws.gadgets().update(key("g-6"), Update.of(Gadget_.label.remove()));
        assertFalse(stored("g-6").containsKey("gsi3pk"), "removing it again is harmless");
        Gadget back = ws.gadgets().update(key("g-6"), Update.of(Gadget_.label.set("back-6")));
        assertEquals(List.of("g-6"), byLabel("back-6"));
        assertEquals(asSaved(back), storedWithoutVersion("g-6"));
        Gadget nul = ws.gadgets().update(key("g-6"), Update.of(new UpdateAction.Set<>(AttributePath.of("lbl"),
                AttributeValue.fromNul(true))));
        assertFalse(stored("g-6").containsKey("gsi3pk"));
        assertEquals(null, nul.label());
        assertEquals(List.of(), byLabel("back-6"));
    }

    @Test
    void theAsyncRepositoryRebuildsAndRefusesAlike() {
        ws.save(gadget("g-7"));
        Gadget updated = asyncWs.gadgets().update(key("g-7"), Update.of(Gadget_.kind.set("lathe"),
                Gadget_.rank.set(Integer.MIN_VALUE), Gadget_.serial.set(Long.MAX_VALUE), Gadget_.due.set(MADE),
                Gadget_.state.set(Gear.RUNNING))).join();
        assertEquals(asSaved(updated), storedWithoutVersion("g-7"));
        assertEquals(List.of("g-7"), byKind("lathe"));
        Gadget again = (Gadget) asyncWs.updateIfUnchanged(updated, Update.of(
                new UpdateAction.Set<>(AttributePath.of("lbl"), AttributeValue.fromS("async-7")))).join();
        assertEquals(asSaved(again), storedWithoutVersion("g-7"));
        assertEquals(List.of("g-7"), byLabel("async-7"));
        refused("An update of Gadget adds to rank, a component of index gsi1's sort key template"
                + " \"KIND#{kind}#AT#{made}#{rank}\" (attribute gsi1sk), but its new value is known only to DynamoDB,"
                + " so the update cannot rebuild the index key; set all of the template's components (kind, rank) to"
                + " values in the same update, or save the item",
                () -> asyncWs.gadgets().update(key("g-7"), Update.of(Gadget_.rank.increment(1))).join());
    }

    @Test
    void theHierarchysUpdateByKeyRefusesAComponentOfAnyEntitysTemplate() {
        Tool tool = (Tool) ws.save(new Tool("t-1", "hammer", null, 0, 0));
        ItemKey key = ws.schema().keyOf(tool);
        refused("An update of Workshop by key (pk=TOOL#t-1, sk=TOOL) cannot tell which entity the key holds, and kind"
                + " is a component of Gadget's index gsi1's partition key template \"KIND#{kind}\" (attribute gsi1pk),"
                + " which an update of that entity rebuilds: update through the entity's typed view, or with"
                + " updateIfUnchanged(item, update)", () -> ws.update(key, Update.of(
                        new UpdateAction.Set<>(AttributePath.of("kind"), AttributeValue.fromS("mallet")))));
        Tool mallet = ws.tools().update("t-1", Update.of(Tool_.kind.set("mallet")));
        assertEquals(new TreeSet<>(List.of("gsi1pk")), indexKeysWritten(), "the sort key TOOL#{id} is the key's");
        assertEquals(List.of(mallet), ws.tools().query(Tool_.GSI1, "mallet").list());
        assertEquals(ToolSchema.INSTANCE.toItem(mallet).get("gsi1pk"), client.getItem(b -> b.tableName(ws.tableName())
                .key(Map.of("pk", AttributeValue.fromS("TOOL#t-1"), "sk", AttributeValue.fromS("TOOL")))).item()
                .get("gsi1pk"));
    }

    @Test
    @Tag("engine") // dynalite has no transactions
    void aTransactionMixingAPutAndViewUpdatesRebuildsTheKeysAndARefusedUpdateSendsNothing() {
        Gadget saved = (Gadget) ws.save(gadget("g-8"));
        Tool tool = (Tool) ws.save(new Tool("t-2", "file", null, 0, 0));
        Gadget put = gadget("g-9");
        Transaction.write().put(ws.gadgets(), put)
                .update(ws.gadgets(), key("g-8"), Update.of(Gadget_.label.set("tx-8"), Gadget_.state.set(Gear.RUNNING)))
                .updateIfUnchanged(ws.tools(), tool, Update.of(Tool_.kind.set("rasp")))
                .commit();
        assertEquals(List.of("g-8"), byLabel("tx-8"));
        assertEquals(List.of("g-9"), byLabel("label-g-9"));
        assertEquals(List.of(), byLabel("label-g-8"));
        Gadget g8 = ws.gadgets().loadOrThrow(key("g-8"));
        assertEquals(asSaved(g8), storedWithoutVersion("g-8"));
        assertEquals(2, g8.version());
        assertEquals(List.of("t-2"), ws.tools().query(Tool_.GSI1, "rasp").list().stream().map(Tool::id).toList());

        refused(null, () -> Transaction.write().put(ws.gadgets(), gadget("g-10"))
                .update(ws.gadgets(), key("g-8"), Update.of(Gadget_.kind.set("saw"))));
        assertTrue(ws.gadgets().load(key("g-10")).isEmpty(), "the put beside a refused update is not written");
        assertThrows(TransactionFailedException.class, () -> Transaction.write()
                .updateIfUnchanged(ws.gadgets(), saved, Update.of(Gadget_.label.set("stale-8"))).commit());
        assertEquals(List.of(), byLabel("stale-8"));
    }

    @Test
    void aSparseRemoveAndKeysRebuiltInOtherIndexesGoInOneRequest() {
        ws.save(gadget("g-11"));
        int before = sent.of(UpdateItemRequest.class).size();
        Gadget updated = ws.gadgets().update(key("g-11"), Update.of(Gadget_.label.remove(), Gadget_.kind.set("plane"),
                Gadget_.rank.set(2), Gadget_.serial.set(3L), Gadget_.due.set(DUE)));
        assertEquals(before + 1, sent.of(UpdateItemRequest.class).size());
        assertEquals(new TreeSet<>(List.of("gsi1pk", "gsi1sk", "gsi2sk", "gsi3pk")), indexKeysWritten());
        assertEquals(null, updated.label());
        assertEquals(asSaved(updated), storedWithoutVersion("g-11"));
        assertEquals(List.of("g-11"), byKind("plane"));
    }

    @Test
    @Tag("engine") // dynalite has no transactions
    void aTransactionOfTheHierarchysUpdateIfUnchangedRebuildsTheEntitysKeys() {
        Workshop saved = ws.save(gadget("g-12"));
        Transaction.write().updateIfUnchanged(ws, saved, Update.of(new UpdateAction.Set<>(AttributePath.of("kind"),
                AttributeValue.fromS("router")), new UpdateAction.Set<>(AttributePath.of("rank"),
                AttributeValue.fromN("4")), new UpdateAction.Set<>(AttributePath.of("serial"), AttributeValue.fromN("5")),
                new UpdateAction.Set<>(AttributePath.of("due"), AttributeValue.fromS("2026-04-01T00:00:00.000000000Z")))).commit();
        Gadget g = ws.gadgets().loadOrThrow(key("g-12"));
        assertEquals(2, g.version());
        assertEquals(asSaved(g), storedWithoutVersion("g-12"));
        assertEquals(List.of("g-12"), byKind("router"));
        refused(null, () -> Transaction.write().updateIfUnchanged(ws, g, Update.of(new UpdateAction.Increment<>(
                AttributePath.of("rank"), AttributeValue.fromN("1")))));
    }

    private Map<String, AttributeValue> storedPart(Part p) {
        Map<String, AttributeValue> key = new HashMap<>(PartSchema.INSTANCE.toItem(p));
        key.keySet().retainAll(List.of("pk", "sk"));
        Map<String, AttributeValue> item = new HashMap<>(client.getItem(b -> b.tableName(ws.tableName()).key(key)
                .consistentRead(true)).item());
        item.remove("version");
        return item;
    }

    private static Map<String, AttributeValue> partAsSaved(Part p) {
        Map<String, AttributeValue> item = new HashMap<>(PartSchema.INSTANCE.toItem(p));
        item.remove("version");
        return item;
    }

    @Test
    void unstoredKeyComponentsComeFromTheKeysAndUuidAndBooleanComponentsAreEncodedAsSaveEncodesThem() {
        UUID batch = UUID.fromString("0190E3B4-6C1F-7A2B-8C3D-4E5F60718293");
        ws.save(new Part("o-1", -42, "sku-1", batch, true, "n", 0));
        PartKey key = new PartKey("o-1", -42);
        Part sku = ws.parts().update(key, Update.of(Part_.sku.set("sku-2")));
        assertEquals(new TreeSet<>(List.of("gsi1pk")), indexKeysWritten());
        assertEquals("SKU#sku-2#-2147483606", storedPart(sku).get("gsi1pk").s());
        assertEquals(partAsSaved(sku), storedPart(sku));
        UUID other = UUID.fromString("ffffffff-0000-7000-8000-000000000001");
        Part batched = ws.parts().update(key, Update.of(Part_.batch.set(other)));
        assertEquals("BATCH#ffffffff-0000-7000-8000-000000000001#OF#o-1", storedPart(batched).get("gsi1sk").s());
        assertEquals(partAsSaved(batched), storedPart(batched));
        assertEquals(List.of(batched), ws.parts().query(Part_.GSI1, "SKU#sku-2#-2147483606").list(),
                "a partition key template of two components is queried by its stored text");

        Part removed = ws.parts().update(key, Update.of(Part_.fragile.remove()));
        assertEquals(new TreeSet<>(List.of("gsi2pk", "gsi2sk")), indexKeysWritten());
        assertEquals(partAsSaved(removed), storedPart(removed));
        assertFalse(storedPart(removed).containsKey("gsi2sk"));
        Part sturdy = ws.parts().update(key, Update.of(Part_.fragile.set(false)));
        assertEquals(new TreeSet<>(List.of("gsi2pk", "gsi2sk")), indexKeysWritten(), "a sparse index: both keys");
        assertEquals(partAsSaved(sturdy), storedPart(sturdy));
        assertEquals("FRAGILE#false", storedPart(sturdy).get("gsi2pk").s());
        assertEquals(List.of(sturdy), ws.parts().query(Part_.GSI2, false).list());
        Part noted = ws.parts().update(key, Update.of(Part_.note.set("no index")));
        assertEquals(new TreeSet<String>(), indexKeysWritten());
        assertEquals(partAsSaved(noted), storedPart(noted));
    }

    private Map<String, AttributeValue> storedTool(String id) {
        return client.getItem(b -> b.tableName(ws.tableName()).key(Map.of("pk", AttributeValue.fromS("TOOL#" + id),
                "sk", AttributeValue.fromS("TOOL"))).consistentRead(true)).item();
    }

    @Test
    void settingTheComponentOfASparseIndexWritesItsConstantSortKeyToo() {
        ws.save(new Tool("t-3", "saw", null, 0, 0));
        assertFalse(storedTool("t-3").containsKey("gsi2pk") || storedTool("t-3").containsKey("gsi2sk"));
        Tool lent = ws.tools().update("t-3", Update.of(Tool_.lender.set("bob")));
        assertEquals(new TreeSet<>(List.of("gsi2pk", "gsi2sk")), indexKeysWritten());
        assertEquals("TOOL", storedTool("t-3").get("gsi2sk").s());
        assertEquals(List.of(lent), ws.tools().query(Tool_.GSI2, "bob").list());
        Map<String, AttributeValue> saved = new HashMap<>(ToolSchema.INSTANCE.toItem(lent));
        Map<String, AttributeValue> stored = new HashMap<>(storedTool("t-3"));
        saved.remove("version");
        stored.remove("version");
        assertEquals(saved, stored);
        ws.tools().update("t-3", Update.of(Tool_.lender.remove()));
        assertFalse(storedTool("t-3").containsKey("gsi2sk"), "and a REMOVE removes it");
        assertEquals(List.of(), ws.tools().query(Tool_.GSI2, "bob").list());
    }

    @Test
    void anUpdateOfAMissingItemCreatesNoItemWithIndexKeys() {
        assertFalse(ws.gadgets().tryUpdate(key("g-missing"), Update.of(Gadget_.label.set("ghost")),
                Gadget_.uses.ge(0)).succeeded());
        assertThrows(ConditionFailedException.class, () -> ws.gadgets().update(key("g-missing"),
                Update.of(Gadget_.label.set("ghost"))));
        assertTrue(stored("g-missing").isEmpty(), "no item of index keys alone");
        assertEquals(List.of(), ws.gadgets().query(Gadget_.GSI3, "ghost").list());
    }

    @Test
    void concurrentAsyncUpdatesOfDifferentTemplatesLeaveKeysThatMatchTheComponents() {
        ws.save(gadget("g-13"));
        List<CompletableFuture<Gadget>> updates = IntStream.range(0, 24).mapToObj(i -> switch (i % 3) {
            case 0 -> asyncWs.gadgets().update(key("g-13"), Update.of(Gadget_.label.set("c-" + i)));
            case 1 -> asyncWs.gadgets().updateExisting(key("g-13"), Update.of(Gadget_.kind.set("k" + i),
                    Gadget_.rank.set(i), Gadget_.serial.set((long) -i), Gadget_.due.set(DUE.plusSeconds(i))));
            default -> asyncWs.gadgets().tryUpdate(key("g-13"), Update.of(Gadget_.state.set(Gear.values()[i % 3]),
                    Gadget_.uses.increment(1)), Gadget_.uses.ge(0)).thenApply(r -> r.item());
        }).toList();
        CompletableFuture.allOf(updates.toArray(new CompletableFuture<?>[0])).join();
        Gadget last = ws.gadgets().loadOrThrow(key("g-13"));
        assertEquals(25, last.version());
        assertEquals(asSaved(last), storedWithoutVersion("g-13"));
        assertEquals(List.of("g-13"), byLabel(last.label()));
        assertEquals(List.of("g-13"), byKind(last.kind()));
    }
}
