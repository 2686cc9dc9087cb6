package io.genericrepo.internal.keys;

import static io.genericrepo.internal.keys.KeyTemplate.Role.PARTITION_KEY;
import static io.genericrepo.internal.keys.KeyTemplate.Role.SORT_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {

    private static final KeyTemplate ORDER = KeyTemplate.parse("ORDER#{placedAt}#{orderId}", "sk", SORT_KEY,
            "customerId", "orderId", "placedAt");

    @Test
    void parsesLiteralsAndPlaceholders() {
        assertEquals(List.of("placedAt", "orderId"), ORDER.placeholders());
        assertEquals("ORDER#", ORDER.literal(0));
        assertEquals("#", ORDER.literal(1));
        assertEquals("", ORDER.literal(2));
        KeyTemplate constant = KeyTemplate.parse("PROFILE", "sk", SORT_KEY, "id");
        assertTrue(constant.isConstant());
        assertEquals("PROFILE", constant.render());
        assertArrayEquals(new String[0], constant.split("PROFILE"));
    }

    @Test
    void rendersAndSplitsBack() {
        String placedAt = ORDER.text(0, KeyParts.INSTANT, Instant.parse("2026-03-01T10:15:30Z"));
        String key = ORDER.render(placedAt, "o-1");
        assertEquals("ORDER#2026-03-01T10:15:30.000000000Z#o-1", key);
        String[] texts = ORDER.split(key);
        assertArrayEquals(new String[] {placedAt, "o-1"}, texts);
        assertEquals(Instant.parse("2026-03-01T10:15:30Z"), ORDER.value(texts, 0, KeyParts.INSTANT));
        assertEquals("ORDER#", ORDER.prefix());
        assertEquals("ORDER#" + placedAt + "#", ORDER.prefix(placedAt));
    }

    @Test
    void refusesBadTemplatesNamingTheProblem() {
        assertParseError("ORDER#{placedAt", "Key template \"ORDER#{placedAt\" of attribute sk has a '{' at index 6 with no"
                + " '}' after it");
        assertParseError("ORDER#placedAt}", "Key template \"ORDER#placedAt}\" of attribute sk has a '}' at index 14 with"
                + " no '{' before it");
        assertParseError("ORDER#{pla{cedAt}}", "Key template \"ORDER#{pla{cedAt}}\" of attribute sk has a '{' at index"
                + " 6 with no '}' after it");
        assertParseError("", "Key template \"\" of attribute sk is empty; DynamoDB refuses an empty key");
        assertParseError("ORDER#{}", "Key template \"ORDER#{}\" of attribute sk has an empty placeholder {} at index 6");
        assertParseError("ORDER#{total}", "Key template \"ORDER#{total}\" of attribute sk names {total}, which is not a"
                + " component; expected one of [orderId, placedAt]");
        assertParseError("{orderId}#{orderId}", "Key template \"{orderId}#{orderId}\" of attribute sk names {orderId}"
                + " twice");
        assertParseError("{placedAt}{orderId}", "Key template \"{placedAt}{orderId}\" of attribute sk has no literal text"
                + " between {placedAt} and {orderId}, so a key could not be split back; put a separator such as '#'"
                + " between them");
    }

    private static void assertParseError(String template, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyTemplate.parse(template, "sk", SORT_KEY, "orderId", "placedAt"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesNullAndEmptyComponents() {
        IllegalArgumentException nullValue = assertThrows(IllegalArgumentException.class,
                () -> ORDER.text(0, KeyParts.INSTANT, null));
        assertEquals("Key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component placedAt is null; every"
                + " component of a key needs a value", nullValue.getMessage());
        IllegalArgumentException nullText = assertThrows(IllegalArgumentException.class, () -> ORDER.render("x", null));
        assertTrue(nullText.getMessage().contains("component orderId is null"), nullText.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ORDER.render("x", ""));
        assertEquals("Key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component orderId is empty; a key"
                + " component needs at least one character", empty.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> ORDER.render("x"));
        assertEquals("Key template \"ORDER#{placedAt}#{orderId}\" of attribute sk takes 2 component texts [placedAt,"
                + " orderId], found 1", count.getMessage());
    }

    @Test
    void refusesAPartsOwnProblemWithTheComponentsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ORDER.text(0, KeyParts.INSTANT, Instant.parse("+12026-01-01T00:00:00Z")));
        assertEquals("Key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component placedAt cannot be written"
                + " as an Instant: +12026-01-01T00:00:00Z is outside the years 0000 to 9999 that a key's fixed-width"
                + " time text can hold", e.getMessage());
    }

    @Test
    void refusesTextsThatWouldSplitDifferently() {
        KeyTemplate t = KeyTemplate.parse("A#{x}#{y}", "sk", SORT_KEY, "x", "y");
        IllegalArgumentException contains = assertThrows(IllegalArgumentException.class, () -> t.render("a#b", "c"));
        assertEquals("Key attribute sk (template \"A#{x}#{y}\"): component x is \"a#b\", which contains \"#\", the"
                + " literal that follows it in the template (or runs into it), so the key could not be split back; its"
                + " text must not contain \"#\"", contains.getMessage());
        // "x" + "##" would split as "" + "##x...": the text runs into the separator
        KeyTemplate doubled = KeyTemplate.parse("{x}##{y}", "sk", SORT_KEY, "x", "y");
        assertThrows(IllegalArgumentException.class, () -> doubled.render("a#", "b"));
        assertEquals("a##b", doubled.render("a", "b"));
        assertArrayEquals(new String[] {"a", "b#"}, doubled.split("a##b#"));
    }

    @Test
    void theLastComponentMustNotContainTheLiteralBeforeIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ORDER.render("t", "o#LINE#1"));
        assertEquals("Key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component orderId is \"o#LINE#1\","
                + " which contains \"#\", the literal before it; the component that ends a template must not contain"
                + " it, so that its key cannot also be the key of a longer template (such as \"ORDER#{id}\" and"
                + " \"ORDER#{id}#LINE#{n}\")", e.getMessage());
        KeyTemplate trailing = KeyTemplate.parse("A#{x}#END", "sk", SORT_KEY, "x");
        assertEquals("A#x#y#END", trailing.render("x#y")); // bounded on the right: only "#END" is refused
        assertThrows(IllegalArgumentException.class, () -> trailing.render("x#END"));
        KeyTemplate bare = KeyTemplate.parse("{id}", "pk", PARTITION_KEY, "id");
        assertEquals("any#thing", bare.render("any#thing"));
    }

    @Test
    void refusesKeysOverDynamoDbsLimits() {
        KeyTemplate pk = KeyTemplate.parse("C#{id}", "pk", PARTITION_KEY, "id");
        assertEquals(2048, pk.render("x".repeat(2046)).length());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> pk.render("x".repeat(2047)));
        assertEquals("Key attribute pk (template \"C#{id}\") would be 2049 bytes of UTF-8, over DynamoDB's limit of 2048"
                + " for a partition key; shorten the components [id]", p.getMessage());
        KeyTemplate sk = KeyTemplate.parse("C#{id}", "sk", SORT_KEY, "id");
        assertEquals(1024, sk.render("x".repeat(1022)).length());
        assertThrows(IllegalArgumentException.class, () -> sk.render("x".repeat(1023)));
        // bytes, not characters: 511 two-byte characters and the 2-byte prefix are 1024 bytes
        sk.render("é".repeat(511));
        assertThrows(IllegalArgumentException.class, () -> sk.render("é".repeat(512)));
    }

    @Test
    void refusesStoredKeysThatDoNotFitNamingAttributeTemplateAndValue() {
        assertSplitError("CUSTOMER#c-1", "it does not start with \"ORDER#\"");
        assertSplitError("ORDER#2026", "\"#\" does not follow {placedAt}");
        assertSplitError("ORDER##o-1", "{placedAt} is empty");
        assertSplitError("ORDER#t#", "{orderId} is empty");
        KeyTemplate trailing = KeyTemplate.parse("A#{x}#END", "sk", SORT_KEY, "x");
        IllegalArgumentException left = assertThrows(IllegalArgumentException.class, () -> trailing.split("A#x#ENDx#END"));
        assertEquals("Stored key attribute sk \"A#x#ENDx#END\" does not fit the key template \"A#{x}#END\": \"x#END\" is"
                + " left over after the template's end; was the item written by another application or an older"
                + " template?", left.getMessage());
        KeyTemplate constant = KeyTemplate.parse("PROFILE", "sk", SORT_KEY);
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> constant.split("PROFILE2"));
        assertTrue(c.getMessage().contains("it is not the constant \"PROFILE\""), c.getMessage());
    }

    private static void assertSplitError(String stored, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ORDER.split(stored));
        assertEquals("Stored key attribute sk \"" + stored + "\" does not fit the key template"
                + " \"ORDER#{placedAt}#{orderId}\": " + why + "; was the item written by another application or an"
                + " older template?", e.getMessage());
    }

    @Test
    void refusesAStoredComponentItsPartCannotRead() {
        String[] texts = ORDER.split("ORDER#2026-03-01#o-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ORDER.value(texts, 0, KeyParts.INSTANT));
        assertEquals("Stored key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component placedAt \"2026-03-01\""
                + " is not an Instant's key text (it has 10 characters, not 30); expected 30 characters such as"
                + " 2026-03-01T10:15:30.000000000Z", e.getMessage());
    }
}
