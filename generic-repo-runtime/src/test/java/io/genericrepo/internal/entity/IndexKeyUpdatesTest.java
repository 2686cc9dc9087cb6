package io.genericrepo.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.keys.KeyParts;
import io.genericrepo.internal.keys.KeyTemplate;
import io.genericrepo.internal.mapping.Converters;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link IndexKeyUpdates} on a hand-written entity schema: an event keyed {@code EVENT#{id}},
 * in index {@code by-time} as {@code T#{at}} / {@code {score}#{id}}: rebuilt keys use the key
 * parts' encoding (an Instant's nine fraction digits, an int's sign-aware padding), components of
 * the primary key come from the key, and updates that touch no component are left alone.
 */
class IndexKeyUpdatesTest {

    record Event(String id, Instant at, int score) {}

    static final KeyTemplate PK = KeyTemplate.parse("EVENT#{id}", "pk", KeyTemplate.Role.PARTITION_KEY, "id");
    static final KeyTemplate GSI_PK = KeyTemplate.parse("T#{at}", "gsipk", KeyTemplate.Role.PARTITION_KEY, "at");
    static final KeyTemplate GSI_SK = KeyTemplate.parse("{score}#{id}", "gsisk", KeyTemplate.Role.SORT_KEY,
            "score", "id");

    /** The schema's mapping is not used here: only its metadata and index key templates. */
    static final class EventSchema implements TableSchema<Event, String>, TemplatedIndexes {
        @Override
        public TableMetadata metadata() {
            return TableMetadata.builder("events", "Event").partitionKey("pk", "pk", ScalarAttributeType.S)
                    .typeAttribute("type").entityTag("event").keyComponents("id").build();
        }

        @Override
        public List<IndexKeyTemplate> indexKeyTemplates() {
            return List.of(
                    IndexKeyTemplate.of("by-time", false, GSI_PK,
                            IndexKeyTemplate.component("at", Converters.INSTANT, KeyParts.INSTANT)),
                    IndexKeyTemplate.of("by-time", false, GSI_SK,
                            IndexKeyTemplate.primitive("score", Converters.INTEGER, KeyParts.INTEGER),
                            IndexKeyTemplate.fromKey(PK)));
        }

        @Override
        public Map<String, AttributeValue> toItem(Event item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event fromItem(Map<String, AttributeValue> item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, AttributeValue> toKey(String key) {
            return Map.of("pk", AttributeValue.fromS(PK.render(key)));
        }

        @Override
        public String keyOf(Event item) {
            return item.id();
        }

        @Override
        public Map<String, Path<Event>> paths() {
            return Map.of();
        }
    }

    private static final EventSchema SCHEMA = new EventSchema();
    private static final Map<String, AttributeValue> KEY = SCHEMA.toKey("e-1");

    private static UpdateAction<Event> set(String attribute, AttributeValue value) {
        return new UpdateAction.Set<>(AttributePath.of(attribute), value);
    }

    @Test
    void rebuiltKeysUseTheKeyPartsEncodingAndTakePrimaryKeyComponentsFromTheKey() {
        Update<Event> update = Update.of(set("at", AttributeValue.fromS("2026-03-01T10:15:30Z")),
                set("score", AttributeValue.fromN("-7")));
        List<UpdateAction<Event>> actions = IndexKeyUpdates.withIndexKeys(SCHEMA, KEY, update).actions();
        assertEquals(List.of(update.actions().get(0), update.actions().get(1),
                set("gsipk", AttributeValue.fromS("T#" + KeyParts.INSTANT.write(Instant.parse("2026-03-01T10:15:30Z")))),
                set("gsisk", AttributeValue.fromS(KeyParts.INTEGER.write(-7) + "#e-1"))), actions);
        assertEquals("T#2026-03-01T10:15:30.000000000Z", actions.get(2) instanceof UpdateAction.Set<?> s ? s.value().s()
                : null);
    }

    @Test
    void anUpdateOfOtherAttributesIsLeftAlone() {
        Update<Event> update = Update.of(set("note", AttributeValue.fromS("hi")));
        assertSame(update, IndexKeyUpdates.withIndexKeys(SCHEMA, KEY, update));
        assertEquals(null, IndexKeyUpdates.componentChanged(List.of(SCHEMA), update));
        assertEquals("at is a component of Event's index by-time's partition key template \"T#{at}\" (attribute gsipk),"
                + " which an update of that entity rebuilds", IndexKeyUpdates.componentChanged(List.of(SCHEMA),
                        Update.of(set("at", AttributeValue.fromS("2026-03-01T10:15:30Z")))));
    }

    @Test
    void aValueThatIsNotTheComponentsIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexKeyUpdates.withIndexKeys(
                SCHEMA, KEY, Update.of(set("at", AttributeValue.fromN("5")))));
        assertTrue(e.getMessage().startsWith("Key attribute gsipk (template \"T#{at}\"): component at is set to"),
                e.getMessage());
    }

    @Test
    void aPrimaryKeyComponentMustBeInTheTemplateNamedForIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexKeyTemplate.of("by-time",
                false, GSI_PK, IndexKeyTemplate.fromKey(PK)));
        assertEquals("Component at of gsipk = \"T#{at}\" is not in the primary key template pk = \"EVENT#{id}\"",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndexKeyTemplate.of("by-time", false, GSI_SK,
                IndexKeyTemplate.fromKey(PK)), "one component per placeholder");
    }
}
