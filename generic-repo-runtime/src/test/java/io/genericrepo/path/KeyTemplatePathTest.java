package io.genericrepo.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.internal.expression.ExpressionWriter;
import io.genericrepo.internal.keys.KeyParts;
import io.genericrepo.internal.keys.KeyTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The key conditions' exact text and values, and the conditions refused with their messages. */
class KeyTemplatePathTest {

    enum Status { NEW, PAID }

    private static final KeyTemplate ORDER = KeyTemplate.parse("ORDER#{placedAt}#{orderId}", "sk",
            KeyTemplate.Role.SORT_KEY, "placedAt", "orderId");
    private static final KeyTemplatePath<Object, Instant> PLACED_AT = KeyTemplatePath.of(ORDER, KeyParts.INSTANT);
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void theOrdersOfAYearAreOneBetween() {
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("ORDER#2026-01-01T00:00:00.000000000Z#",
                "ORDER#2026-12-31T23:59:59.999999999Z$"), PLACED_AT.between(Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-12-31T23:59:59.999999999Z")));
    }

    @Test
    void eachOperatorOnAComponentFollowedByMoreKey() {
        assertRendered("begins_with(#n0, :v0)", List.of("ORDER#2026-03-01T12:00:00.000000000Z#"), PLACED_AT.eq(NOON));
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("ORDER#", "ORDER#2026-03-01T12:00:00.000000000Z$"),
                PLACED_AT.le(NOON));
        // below noon: up to the greatest 30-character text of the Instant's characters below it ('T' < 'Z'),
        // and every key that continues it
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("ORDER#", "ORDER#2026-03-01T12:00:00.000000000T$"),
                PLACED_AT.lt(NOON));
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("ORDER#2026-03-01T12:00:00.000000000Z#", "ORDER$"),
                PLACED_AT.ge(NOON));
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("ORDER#2026-03-01T12:00:00.000000000Z$", "ORDER$"),
                PLACED_AT.gt(NOON));
        assertRendered("begins_with(#n0, :v0)", List.of("ORDER#2026-03-01T12:00:00.000000000Z#"),
                PLACED_AT.with(NOON).all());
    }

    @Test
    void eachOperatorOnAStringThatEndsTheTemplate() {
        KeyTemplatePath.Text<Object> orderId = PLACED_AT.with(NOON).thenText();
        String at = "ORDER#2026-03-01T12:00:00.000000000Z#";
        assertRendered("#n0 = :v0", List.of(at + "o-1"), orderId.eq("o-1"));
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of(at, at + "o-1"), orderId.le("o-1"));
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of(at + "o-1\u0000", "ORDER#2026-03-01T12:00:00.000000000Z$"),
                orderId.gt("o-1"));
        assertRendered("begins_with(#n0, :v0)", List.of(at + "o-"), orderId.beginsWith("o-"));
        Condition.Between<Object> lt = (Condition.Between<Object>) orderId.lt("o-1");
        String high = ((Condition.Operand.Value) lt.high()).value().s();
        assertEquals(1024, high.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertEquals(at + "o-0" + "\uDBFF\uDFFF", high.substring(0, at.length() + 5));
    }

    @Test
    void aPrefixWithoutFixedTextHasOneSidedRanges() {
        KeyTemplate bare = KeyTemplate.parse("{n}#X", "sk", KeyTemplate.Role.SORT_KEY, "n");
        KeyTemplatePath<Object, Integer> n = KeyTemplatePath.of(bare, KeyParts.INTEGER);
        assertRendered("#n0 <= :v0", List.of("00000000005#X"), n.le(5));
        assertRendered("#n0 >= :v0", List.of("00000000005#X"), n.ge(5));
        // below the least int: up to a text no int has ("-000000000-" < "-0000000000")
        assertRendered("#n0 <= :v0", List.of("-000000000-#X"), n.lt(Integer.MIN_VALUE));
        KeyTemplatePath<Object, Integer> last = KeyTemplatePath.of(KeyTemplate.parse("N#{n}", "sk",
                KeyTemplate.Role.SORT_KEY, "n"), KeyParts.INTEGER);
        assertRendered("#n0 BETWEEN :v0 AND :v1", List.of("N#", "N#-000000000-"), last.lt(Integer.MIN_VALUE));
        KeyTemplatePath.Text<Object> named = KeyTemplatePath.ofText(KeyTemplate.parse("S#{s}", "sk",
                KeyTemplate.Role.SORT_KEY, "s"));
        assertRendered("#n0 = :v0", List.of("S#"), named.lt("\u0000")); // no string is below NUL, and "S#" is no key
        assertRefused("lt(\"\\u0000\") on component s of key attribute sk (template \"{s}\"): no text is below it",
                () -> KeyTemplatePath.ofText(KeyTemplate.parse("{s}", "sk", KeyTemplate.Role.SORT_KEY, "s")).lt("\u0000"));
    }

    @Test
    void refusesRangesWhereKeyOrderIsNotValueOrder() {
        KeyTemplate byStatus = KeyTemplate.parse("T#{status}#{id}", "sk", KeyTemplate.Role.SORT_KEY, "status", "id");
        KeyTemplatePath<Object, Status> status = KeyTemplatePath.of(byStatus, KeyParts.enumOf(Status.class));
        assertRendered("begins_with(#n0, :v0)", List.of("T#PAID#"), status.eq(Status.PAID));
        assertRefused("lt(...) on component status of key attribute sk (template \"T#{status}#{id}\"): a Status has texts"
                + " of different lengths, so once \"#\" follows it the key order is not the value order (\"ab\" + \"#\""
                + " sorts after \"ab!\" + \"#\"); ranges work on int, long, Instant, LocalDate and UUID components, or"
                + " on the component that ends the template. Use eq(...)", () -> status.lt(Status.PAID));
        KeyTemplatePath.Text<Object> text = KeyTemplatePath.ofText(KeyTemplate.parse("T#{a}#{b}", "sk",
                KeyTemplate.Role.SORT_KEY, "a", "b"));
        assertRefused("between(...) on component a of key attribute sk (template \"T#{a}#{b}\"): a String has texts of"
                + " different lengths, so once \"#\" follows it the key order is not the value order (\"ab\" + \"#\""
                + " sorts after \"ab!\" + \"#\"); ranges work on int, long, Instant, LocalDate and UUID components, or"
                + " on the component that ends the template. Use eq(...) or beginsWith(...)", () -> text.between("a", "b"));
        AttributeConverter<String> reversed = new AttributeConverter<>() {
            @Override
            public AttributeValue write(String value) {
                return AttributeValue.fromS(new StringBuilder(value).reverse().toString());
            }

            @Override
            public String read(AttributeValue value) {
                return new StringBuilder(value.s()).reverse().toString();
            }
        };
        KeyTemplatePath<Object, String> converted = KeyTemplatePath.of(KeyTemplate.parse("C#{c}", "sk",
                KeyTemplate.Role.SORT_KEY, "c"), KeyParts.of(reversed));
        assertRendered("#n0 = :v0", List.of("C#cba"), converted.eq("abc"));
        assertRefused("gt(...) on component c of key attribute sk (template \"C#{c}\"): its text order is not the order"
                + " of its values (a value of converter " + reversed.getClass().getName() + " written by a converter);"
                + " use eq(...)", () -> converted.gt("abc"));
    }

    @Test
    void refusesPrefixesNoComponentCanStartWith() {
        KeyTemplatePath.Text<Object> a = KeyTemplatePath.ofText(KeyTemplate.parse("T#{a}#{b}", "sk",
                KeyTemplate.Role.SORT_KEY, "a", "b"));
        assertRefused("beginsWith(\"x#y\") on component a of key attribute sk (template \"T#{a}#{b}\"): the prefix contains"
                + " \"#\", the literal that follows the component, which a component's text never contains",
                () -> a.beginsWith("x#y"));
        KeyTemplatePath.Text<Object> wide = KeyTemplatePath.ofText(KeyTemplate.parse("T#{a}#$#{b}", "sk",
                KeyTemplate.Role.SORT_KEY, "a", "b"));
        assertRefused("beginsWith(\"x#\") on component a of key attribute sk (template \"T#{a}#$#{b}\"): the prefix ends"
                + " with \"#\", the start of the literal \"#$#\" that follows the component, so keys of shorter values"
                + " would match too", () -> wide.beginsWith("x#"));
        assertRefused("beginsWith(\"\") on component a of key attribute sk (template \"T#{a}#{b}\"): give a prefix of at"
                + " least one character", () -> a.beginsWith(""));
        KeyTemplatePath.Text<Object> orderId = PLACED_AT.with(NOON).thenText();
        assertRefused("beginsWith(\"o#\") on component orderId of key attribute sk (template"
                + " \"ORDER#{placedAt}#{orderId}\"): the prefix contains \"#\", which the template's last component"
                + " never contains", () -> orderId.beginsWith("o#"));
    }

    @Test
    void refusesOtherMistakesNamingTheComponent() {
        assertRefused("eq(...) on the sort key: Key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): component"
                + " placedAt is null; every component of a key needs a value", () -> PLACED_AT.eq(null));
        KeyTemplatePath.Text<Object> orderId = PLACED_AT.with(NOON).thenText();
        assertRefused("with(...) on component orderId of key attribute sk (template \"ORDER#{placedAt}#{orderId}\"): it"
                + " is the template's last component; use eq(...)", () -> orderId.with("o-1"));
        assertRefused("between(b, a) on component orderId of key attribute sk (template \"ORDER#{placedAt}#{orderId}\"):"
                + " the low end is above the high end", () -> orderId.between("b", "a"));
        assertRefused("Key conditions need a sort key's template; pk = \"C#{id}\" is a partition key's",
                () -> KeyTemplatePath.ofText(KeyTemplate.parse("C#{id}", "pk", KeyTemplate.Role.PARTITION_KEY, "id")));
        assertRefused("Key template sk = \"PROFILE\" has no component after []",
                () -> KeyTemplatePath.ofText(KeyTemplate.parse("PROFILE", "sk", KeyTemplate.Role.SORT_KEY)));
    }

    private static void assertRefused(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static void assertRendered(String expression, List<String> values, Condition<Object> condition) {
        ExpressionWriter writer = new ExpressionWriter();
        assertEquals(expression, writer.condition(condition));
        assertEquals(Map.of("#n0", "sk"), writer.names());
        assertEquals(values, writer.values().values().stream().map(AttributeValue::s).toList());
    }
}
