package io.genericrepo.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.Condition;
import io.genericrepo.Update;
import io.genericrepo.internal.mapping.CollectionConverters;
import io.genericrepo.internal.mapping.Converters;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.ListPath;
import io.genericrepo.path.NumberPath;
import io.genericrepo.path.SetPath;
import io.genericrepo.path.StringPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The one renderer: exact expression text, placeholders from counters, nothing spliced in. */
class ExpressionWriterTest {

    /** A stand-in record type for the phantom parameter. */
    record Thing() {}

    static final StringPath<Thing> STATUS = new StringPath<>(AttributePath.of("status"));
    static final StringPath<Thing> NAME = new StringPath<>(AttributePath.of("name"));
    static final NumberPath<Thing, Integer> QUANTITY = new NumberPath<>(AttributePath.of("quantity"), Converters.INTEGER);
    static final NumberPath<Thing, BigDecimal> TOTAL = new NumberPath<>(AttributePath.of("total"), Converters.BIG_DECIMAL);
    static final ListPath<Thing, String> TAGS = new ListPath<>(AttributePath.of("tags"), Converters.STRING);
    static final SetPath<Thing, String> LABELS = new SetPath<>(AttributePath.of("labels"), Converters.STRING,
            CollectionConverters.stringSet(Converters.STRING));
    static final StringPath<Thing> CITY = new StringPath<>(AttributePath.of("shipTo").child("city"));

    private static String render(Condition<Thing> c, ExpressionWriter w) {
        return w.condition(c);
    }

    @Test
    void comparisons() {
        ExpressionWriter w = new ExpressionWriter();
        assertEquals("#n0 = :v0", render(STATUS.eq("PAID"), w));
        assertEquals(Map.of("#n0", "status"), w.names());
        assertEquals(Map.of(":v0", AttributeValue.fromS("PAID")), w.values());
        assertEquals("#n1 <> :v1", render(QUANTITY.ne(3), w));
        assertEquals("#n1 < :v2", render(QUANTITY.lt(3), w));
        assertEquals("#n1 <= :v3", render(QUANTITY.le(3), w));
        assertEquals("#n1 > :v4", render(QUANTITY.gt(3), w));
        assertEquals("#n1 >= :v5", render(QUANTITY.ge(3), w));
        assertEquals("#n1 BETWEEN :v6 AND :v7", render(QUANTITY.between(1, 9), w));
        assertEquals(AttributeValue.fromN("9"), w.values().get(":v7"));
    }

    @Test
    void functionsAndMembership() {
        ExpressionWriter w = new ExpressionWriter();
        assertEquals("#n0 IN (:v0, :v1)", render(STATUS.in("A", "B"), w));
        assertEquals("begins_with(#n1, :v2)", render(NAME.beginsWith("Ad"), w));
        assertEquals("contains(#n2, :v3)", render(TAGS.contains("gift"), w));
        assertEquals("contains(#n3, :v4)", render(LABELS.contains("x"), w));
        assertEquals("attribute_exists(#n1)", render(NAME.exists(), w));
        assertEquals("attribute_not_exists(#n1)", render(NAME.notExists(), w));
        assertEquals("size(#n2) > :v5", render(TAGS.size().gt(2), w));
        assertEquals("size(#n1) BETWEEN :v6 AND :v7", render(NAME.size().between(1, 3), w));
        assertEquals("attribute_type(#n1, :v8)", render(NAME.attributeType(AttributeValue.Type.S), w));
        assertEquals(AttributeValue.fromS("S"), w.values().get(":v8"));
        assertEquals("#n4.#n5 = :v9", render(CITY.eq("Oslo"), w));
        assertEquals("#n2[0] = :v10", render(TAGS.get(0).eq("first"), w));
    }

    @Test
    void andOrNotAreGroupedAsWritten() {
        Condition<Thing> c = STATUS.eq("A").and(QUANTITY.gt(1).or(QUANTITY.lt(-1))).and(NAME.exists().not());
        assertEquals("#n0 = :v0 AND (#n1 > :v1 OR #n1 < :v2) AND NOT (attribute_exists(#n2))",
                new ExpressionWriter().condition(c));
        Condition<Thing> d = STATUS.eq("A").or(STATUS.eq("B")).and(Condition.not(STATUS.eq("C").and(QUANTITY.eq(0))));
        assertEquals("(#n0 = :v0 OR #n0 = :v1) AND NOT (#n0 = :v2 AND #n1 = :v3)", new ExpressionWriter().condition(d));
        Condition<Thing> nested = Condition.anyOf(STATUS.eq("A").and(QUANTITY.eq(1)), STATUS.eq("B").and(QUANTITY.eq(2)));
        assertEquals("(#n0 = :v0 AND #n1 = :v1) OR (#n0 = :v2 AND #n1 = :v3)", new ExpressionWriter().condition(nested));
    }

    @Test
    void namesThatAreReservedWordsOrSyntaxAreAlwaysPlaceholders() {
        ExpressionWriter w = new ExpressionWriter();
        StringPath<Thing> odd = new StringPath<>(AttributePath.of("a.b #c :d-e f"));
        assertEquals("#n0 = :v0", w.condition(odd.eq(":v0 OR attribute_exists(#n0)")));
        assertEquals(Map.of("#n0", "a.b #c :d-e f"), w.names());
        assertEquals(AttributeValue.fromS(":v0 OR attribute_exists(#n0)"), w.values().get(":v0"));
    }

    @Test
    void conditionUpdateAndProjectionShareCountersWithoutCollisions() {
        ExpressionWriter w = new ExpressionWriter();
        String update = w.update(Update.of(STATUS.set("SHIPPED"), QUANTITY.increment(-1)));
        String condition = w.condition(STATUS.eq("PENDING").and(QUANTITY.gt(0)));
        String projection = w.projection(List.of(STATUS.attributePath(), NAME.attributePath()));
        assertEquals("SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1) + :v2", update);
        assertEquals("#n0 = :v3 AND #n1 > :v4", condition);
        assertEquals("#n0, #n2", projection);
        assertEquals(5, w.values().size());
        assertEquals(3, w.names().size());
    }

    @Test
    void everyUpdateClause() {
        Update<Thing> u = Update.of(STATUS.set("A"), NAME.setIfAbsent("anon"), TAGS.append("x", "y"),
                new ListPath<Thing, String>(AttributePath.of("log"), Converters.STRING).prepend("first"),
                CITY.remove(), TOTAL.add(new BigDecimal("2.5")), LABELS.add("new"),
                new SetPath<Thing, String>(AttributePath.of("old"), Converters.STRING,
                        CollectionConverters.stringSet(Converters.STRING)).delete("gone"));
        ExpressionWriter w = new ExpressionWriter();
        assertEquals("SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1), #n2 = list_append(if_not_exists(#n2, :v2), :v3),"
                + " #n3 = list_append(:v5, if_not_exists(#n3, :v4)) REMOVE #n4.#n5 ADD #n6 :v6, #n7 :v7 DELETE #n8 :v8",
                w.update(u));
        assertEquals(AttributeValue.fromL(List.of()), w.values().get(":v2"));
        assertEquals(AttributeValue.fromSs(List.of("new")), w.values().get(":v7"));
    }

    @Test
    void overlappingChangesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Update.of(CITY.set("Oslo"), new StringPath<Thing>(AttributePath.of("shipTo")).remove()));
        assertEquals("An update may change each attribute once, but shipTo.city and shipTo overlap; combine them into"
                + " one change", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Update.of(QUANTITY.set(1), QUANTITY.increment(1)));
    }

    @Test
    void badValuesAreRefusedWhereTheConditionIsBuilt() {
        assertEquals("eq(null) on status: DynamoDB compares with values, not null; use exists() or notExists(), or remove()",
                assertThrows(IllegalArgumentException.class, () -> STATUS.eq((String) null)).getMessage());
        assertEquals("in(...) takes 1 to 100 values (DynamoDB's limit), found 0",
                assertThrows(IllegalArgumentException.class, () -> STATUS.in(List.of())).getMessage());
        List<String> many = java.util.stream.IntStream.range(0, 101).mapToObj(Integer::toString).toList();
        assertThrows(IllegalArgumentException.class, () -> STATUS.in(many));
        assertEquals("set(...) on labels: [] stores as no attribute (an empty set); use remove() or notExists()",
                assertThrows(IllegalArgumentException.class, () -> LABELS.set(java.util.Set.of())).getMessage());
        assertEquals("gt(NaN) on quantity is not a DynamoDB number",
                assertThrows(IllegalArgumentException.class, () -> QUANTITY.gt(Double.NaN)).getMessage());
    }

    @Test
    void anyNumberComparesWithANumberPath() {
        ExpressionWriter w = new ExpressionWriter();
        w.condition(TOTAL.gt(100).and(TOTAL.le(2.5)));
        assertEquals(AttributeValue.fromN("100"), w.values().get(":v0"));
        assertEquals(AttributeValue.fromN("2.5"), w.values().get(":v1"));
    }

    @Test
    void conditionsReadAsAPersonWouldWriteThem() {
        assertEquals("status = \"A\" AND (quantity > 1 OR shipTo.city = \"Oslo\")",
                Conditions.describe(STATUS.eq("A").and(QUANTITY.gt(1).or(CITY.eq("Oslo")))));
    }
}
