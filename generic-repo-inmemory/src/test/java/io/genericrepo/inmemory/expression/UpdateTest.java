package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.bs;
import static io.genericrepo.inmemory.expression.Fixtures.item;
import static io.genericrepo.inmemory.expression.Fixtures.l;
import static io.genericrepo.inmemory.expression.Fixtures.m;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.ns;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static io.genericrepo.inmemory.expression.Fixtures.ss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class UpdateTest {

    private static Map<String, AttributeValue> base() {
        return item(
                "id", s("k"),
                "qty", n("5"),
                "title", s("t"),
                "tags", ss("a", "b"),
                "nums", ns("1", "2"),
                "bin", bs("x", "y"),
                "arr", l(s("e0"), s("e1"), s("e2"), s("e3")),
                "doc", m("nest", m("leaf", n("1")), "list", l(n("1"))));
    }

    private static Map<String, AttributeValue> update(String text, Object... placeholders) {
        return Expressions.update(text, p(placeholders)).apply(base());
    }

    @Test
    void setTopLevelNestedAndListElements() {
        Map<String, AttributeValue> out = update("SET title = :t, doc.nest.leaf = :n, doc.fresh = :t, arr[1] = :t",
                ":t", s("new"), ":n", n("2.0"));
        assertEquals(s("new"), out.get("title"));
        assertEquals(n("2"), out.get("doc").m().get("nest").m().get("leaf"));
        assertEquals(s("new"), out.get("doc").m().get("fresh"));
        assertEquals(l(s("e0"), s("new"), s("e2"), s("e3")), out.get("arr"));
        assertEquals(s("v"), update("SET brand_new = :v", ":v", s("v")).get("brand_new"));
    }

    @Test
    void settingAListIndexPastTheEndAppends() {
        assertEquals(l(s("e0"), s("e1"), s("e2"), s("e3"), s("z")), update("SET arr[10] = :z", ":z", s("z")).get("arr"));
    }

    @Test
    void theCallersItemIsNotChanged() {
        Map<String, AttributeValue> item = base();
        Expressions.update("SET title = :t REMOVE arr[0]", p(":t", s("x"))).apply(item);
        assertEquals(base(), item);
    }

    @Test
    void pathsIntoMissingOrWrongParentsAreInvalid() {
        String invalid = "The document path provided in the update expression is invalid for update";
        assertValidation(invalid, () -> update("SET nowhere.x = :v", ":v", s("v")));
        assertValidation(invalid, () -> update("SET title.x = :v", ":v", s("v")));
        assertValidation(invalid, () -> update("SET doc[0] = :v", ":v", s("v")));
        assertValidation(invalid, () -> update("SET arr.x = :v", ":v", s("v")));
        assertValidation(invalid, () -> update("SET arr[9].x = :v", ":v", s("v")));
        assertValidation(invalid, () -> update("REMOVE nowhere.x"));
    }

    @Test
    void arithmetic() {
        assertEquals(n("7.5"), update("SET qty = qty + :v", ":v", n("2.5")).get("qty"));
        assertEquals(n("-5"), update("SET qty = :v - qty", ":v", n("0")).get("qty"));
        assertEquals(n("6"), update("SET summed = qty + doc.nest.leaf").get("summed"));
        assertEquals(n("10"), update("SET qty = (qty + qty)").get("qty"));
        assertValidation("The provided expression refers to an attribute that does not exist in the item",
                () -> update("SET qty = gone + :v", ":v", n("1")));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update("SET qty = title + :v", ":v", n("1")));
        assertValidation("Number overflow. Attempting to store a number with magnitude larger than supported range",
                () -> update("SET qty = :big + :big", ":big", n("9.9999999999999999999999999999999999999E+125")));
    }

    @Test
    void ifNotExistsAndListAppend() {
        assertEquals(n("5"), update("SET qty = if_not_exists(qty, :z)", ":z", n("0")).get("qty"));
        assertEquals(n("1"), update("SET c = if_not_exists(c, :z) + :one", ":z", n("0"), ":one", n("1")).get("c"));
        assertEquals(l(s("e0"), s("e1"), s("e2"), s("e3"), s("z")),
                update("SET arr = list_append(arr, :v)", ":v", l(s("z"))).get("arr"));
        assertEquals(l(s("z"), s("e0"), s("e1"), s("e2"), s("e3")),
                update("SET arr = list_append(:v, arr)", ":v", l(s("z"))).get("arr"));
        assertEquals(l(s("z")), update("SET fresh = list_append(if_not_exists(fresh, :empty), :v)",
                ":empty", l(), ":v", l(s("z"))).get("fresh"));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update("SET arr = list_append(title, :v)", ":v", l(s("z"))));
    }

    @Test
    void setValuesAreComputedFromTheItemBeforeTheUpdate() {
        Map<String, AttributeValue> out = update("SET qty = :v, dup = qty", ":v", n("9"));
        assertEquals(n("9"), out.get("qty"));
        assertEquals(n("5"), out.get("dup"));
    }

    @Test
    void removeAttributesAndListElementsWhichShift() {
        Map<String, AttributeValue> out = update("REMOVE title, doc.nest, arr[1]");
        assertFalse(out.containsKey("title"));
        assertEquals(Set.of("list"), out.get("doc").m().keySet());
        assertEquals(l(s("e0"), s("e2"), s("e3")), out.get("arr"));
        // indexes name the elements as they were: e0 and e2 go
        assertEquals(l(s("e1"), s("e3")), update("REMOVE arr[0], arr[2]").get("arr"));
        assertEquals(l(s("e1"), s("e3")), update("REMOVE arr[2], arr[0]").get("arr"));
        assertEquals(base(), update("REMOVE gone, arr[9], doc.gone"));
    }

    @Test
    void addToNumbersAndSets() {
        assertEquals(n("4"), update("ADD qty :v", ":v", n("-1")).get("qty"));
        assertEquals(n("3"), update("ADD fresh :v", ":v", n("3")).get("fresh"));
        assertEquals(ss("a", "b", "c"), update("ADD tags :v", ":v", ss("b", "c")).get("tags"));
        assertEquals(ns("1", "2", "3"), update("ADD nums :v", ":v", ns("2.0", "3")).get("nums"));
        assertEquals(bs("x", "y", "z"), update("ADD bin :v", ":v", bs("y", "z")).get("bin"));
        assertEquals(ss("q"), update("ADD fresh :v", ":v", ss("q")).get("fresh"));
        assertEquals(n("2"), update("ADD doc.nest.leaf :v", ":v", n("1")).get("doc").m().get("nest").m().get("leaf"));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update("ADD title :v", ":v", n("1")));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update("ADD tags :v", ":v", ns("1")));
    }

    @Test
    void deleteFromSets() {
        assertEquals(ss("b"), update("DELETE tags :v", ":v", ss("a", "zz")).get("tags"));
        assertEquals(ns("2"), update("DELETE nums :v", ":v", ns("1.0")).get("nums"));
        assertEquals(bs("y"), update("DELETE bin :v", ":v", bs("x")).get("bin"));
        assertFalse(update("DELETE tags :v", ":v", ss("a", "b")).containsKey("tags"));
        assertFalse(update("DELETE gone :v", ":v", ss("a")).containsKey("gone"));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update("DELETE nums :v", ":v", ss("1")));
    }

    @Test
    void clausesInAnyOrderAndCase() {
        Map<String, AttributeValue> out = update("remove title add qty :one Set x = :one delete tags :t",
                ":one", n("1"), ":t", ss("a"));
        assertFalse(out.containsKey("title"));
        assertEquals(n("6"), out.get("qty"));
        assertEquals(n("1"), out.get("x"));
        assertEquals(ss("b"), out.get("tags"));
    }

    @Test
    void topLevelAttributesAndUpdatedParts() {
        UpdateExpr u = Expressions.update("SET doc.nest.leaf = :v, arr[3] = :v REMOVE title, arr[0] ADD qty :v", p(":v", n("1")));
        assertEquals(List.of("doc", "arr", "title", "qty"), List.copyOf(u.topLevelAttributes()));
        Map<String, AttributeValue> old = u.updatedPart(base());
        assertEquals(item("doc", m("nest", m("leaf", n("1"))), "arr", l(s("e0"), s("e3")), "title", s("t"), "qty", n("5")), old);
        Map<String, AttributeValue> after = u.updatedPart(u.apply(base()));
        // afterwards arr is [e1, e2, 1]: arr[0] is e1, arr[3] is no more
        assertEquals(item("doc", m("nest", m("leaf", n("1"))), "arr", l(s("e1")), "qty", n("6")), after);
    }
}
