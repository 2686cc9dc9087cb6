package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.b;
import static io.genericrepo.inmemory.expression.Fixtures.bool;
import static io.genericrepo.inmemory.expression.Fixtures.bs;
import static io.genericrepo.inmemory.expression.Fixtures.item;
import static io.genericrepo.inmemory.expression.Fixtures.l;
import static io.genericrepo.inmemory.expression.Fixtures.m;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.ns;
import static io.genericrepo.inmemory.expression.Fixtures.nul;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static io.genericrepo.inmemory.expression.Fixtures.ss;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionTest {

    private static final Map<String, AttributeValue> ITEM = item(
            "id", s("i-1"),
            "count", n("10"),
            "name", s("apple"),
            "data", b("abc"),
            "flag", bool(true),
            "nothing", nul(),
            "tags", ss("red", "green"),
            "scores", ns("1", "2.5"),
            "list", l(s("x"), n("7"), m("deep", s("v"))),
            "map", m("nest", m("leaf", n("3")), "arr", l(n("1"), n("2"))));

    private static boolean test(String text, Object... placeholders) {
        return Expressions.condition(text, "ConditionExpression", p(placeholders)).test(ITEM);
    }

    @Test
    void comparesNumbersNumericallyAndStringsByBytes() {
        assertTrue(test("#c = :v", "#c", "count", ":v", n("10.0")));
        assertTrue(test("#c > :v", "#c", "count", ":v", n("9")));
        assertFalse(test("#c < :v", "#c", "count", ":v", n("9")));
        assertTrue(test("#c <= :v AND #c >= :v", "#c", "count", ":v", n("1E1")));
        assertTrue(test("#c <> :v", "#c", "count", ":v", n("11")));
        assertTrue(test("#n < :v", "#n", "name", ":v", s("banana")));
        assertTrue(test("#n > :v", "#n", "name", ":v", s("Apple")));
        assertTrue(test("#d < :v", "#d", "data", ":v", b("abd")));
    }

    @Test
    void comparisonsBetweenDifferentTypesAreFalseNotErrors() {
        assertFalse(test("#c = :v", "#c", "count", ":v", s("10")));
        assertFalse(test("#c < :v", "#c", "count", ":v", s("11")));
        assertTrue(test("#c <> :v", "#c", "count", ":v", s("10")));
        // ordering is defined for N, S and B only
        assertFalse(test("flag < :v", ":v", bool(true)));
        assertFalse(test("tags >= :v", ":v", ss("red", "green")));
    }

    @Test
    void missingAttributesSatisfyOnlyNotEqualAndNotExists() {
        assertFalse(test("gone = :v", ":v", n("1")));
        assertTrue(test("gone <> :v", ":v", n("1")));
        assertFalse(test("gone < :v", ":v", n("1")));
        assertFalse(test("gone BETWEEN :a AND :b", ":a", n("1"), ":b", n("2")));
        assertFalse(test("gone IN (:v)", ":v", n("1")));
        assertTrue(test("attribute_not_exists(gone)"));
        assertFalse(test("attribute_exists(gone)"));
    }

    @Test
    void setsListsAndMapsCompareDeeply() {
        assertTrue(test("tags = :v", ":v", ss("green", "red")));
        assertTrue(test("scores = :v", ":v", ns("2.50", "1")));
        assertTrue(test("#m.#a = :v", "#m", "map", "#a", "arr", ":v", l(n("1"), n("2.0"))));
        assertFalse(test("#m.#a = :v", "#m", "map", "#a", "arr", ":v", l(n("2"), n("1"))));
    }

    @Test
    void betweenIsInclusiveAndTyped() {
        assertTrue(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n("10"), ":b", n("20")));
        assertTrue(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n("1"), ":b", n("10")));
        assertFalse(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n("11"), ":b", n("20")));
        assertFalse(test("#c BETWEEN :a AND :b", "#c", "count", ":a", s("1"), ":b", s("2")));
        assertTrue(test("#n between :a and :b", "#n", "name", ":a", s("a"), ":b", s("b")));
    }

    @Test
    void inMatchesAnyCandidate() {
        assertTrue(test("#c IN (:a, :b)", "#c", "count", ":a", n("1"), ":b", n("10")));
        assertFalse(test("#c IN (:a, :b)", "#c", "count", ":a", n("1"), ":b", s("10")));
        assertTrue(test("#n in (:a)", "#n", "name", ":a", s("apple")));
    }

    @Test
    void precedenceIsOrThenAndThenNot() {
        // a OR b AND c is a OR (b AND c)
        assertTrue(test("id = :id OR #c = :no AND #c = :no", "#c", "count", ":id", s("i-1"), ":no", n("0")));
        assertFalse(test("(id = :id OR #c = :no) AND #c = :no", "#c", "count", ":id", s("i-1"), ":no", n("0")));
        // NOT a AND b is (NOT a) AND b
        assertFalse(test("NOT id = :no AND #c = :no", "#c", "count", ":no", n("0")));
        assertTrue(test("NOT (id = :no AND #c = :no)", "#c", "count", ":no", n("0")));
        assertTrue(test("NOT NOT_THERE_YET = :no OR id = :no", ":no", n("0")));
        assertTrue(test("(id = :id) OR (id = :id AND (#c = :c))", "#c", "count", ":id", s("i-1"), ":c", n("10")));
        assertTrue(test("(size(#n)) = :five AND (#n) = :name", "#n", "name", ":five", n("5"), ":name", s("apple")));
    }

    @Test
    void functions() {
        assertTrue(test("attribute_exists(id)"));
        assertTrue(test("attribute_exists(#m.nest.leaf)", "#m", "map"));
        assertFalse(test("attribute_exists(#m.nest.elsewhere)", "#m", "map"));
        assertTrue(test("attribute_type(#c, :t)", "#c", "count", ":t", s("N")));
        assertFalse(test("attribute_type(#c, :t)", "#c", "count", ":t", s("S")));
        assertTrue(test("attribute_type(nothing, :t)", ":t", s("NULL")));
        assertTrue(test("begins_with(#n, :p)", "#n", "name", ":p", s("app")));
        assertFalse(test("begins_with(#n, :p)", "#n", "name", ":p", s("pp")));
        assertTrue(test("begins_with(#d, :p)", "#d", "data", ":p", b("ab")));
        assertFalse(test("begins_with(#d, :p)", "#d", "data", ":p", s("ab")));
        assertTrue(test("contains(#n, :p)", "#n", "name", ":p", s("ppl")));
        assertTrue(test("contains(tags, :p)", ":p", s("red")));
        assertFalse(test("contains(tags, :p)", ":p", s("re")));
        assertTrue(test("contains(scores, :p)", ":p", n("2.50")));
        assertTrue(test("contains(#l, :p)", "#l", "list", ":p", n("7")));
        assertTrue(test("contains(#d, :p)", "#d", "data", ":p", b("bc")));
        assertFalse(test("contains(#c, :p)", "#c", "count", ":p", n("1")));
    }

    @Test
    void sizeIsAnOperand() {
        assertTrue(test("size(#n) = :v", "#n", "name", ":v", n("5")));
        assertTrue(test("size(tags) = :v", ":v", n("2")));
        assertTrue(test("size(#l) > :v", "#l", "list", ":v", n("2")));
        assertTrue(test("size(#m) = :v", "#m", "map", ":v", n("2")));
        assertTrue(test("size(#d) = :v", "#d", "data", ":v", n("3")));
        assertTrue(test(":v < size(#n)", "#n", "name", ":v", n("4")));
        assertFalse(test("size(#c) = :v", "#c", "count", ":v", n("2")));
        assertFalse(test("size(gone) >= :v", ":v", n("0")));
        assertTrue(test("size(#n) BETWEEN :a AND :b", "#n", "name", ":a", n("1"), ":b", n("5")));
    }

    @Test
    void nestedPathsAndListIndexes() {
        assertTrue(test("#l[0] = :v", "#l", "list", ":v", s("x")));
        assertTrue(test("#l[2].deep = :v", "#l", "list", ":v", s("v")));
        assertTrue(test("#m.nest.leaf = :v", "#m", "map", ":v", n("3")));
        assertTrue(test("#m.arr[1] = :v", "#m", "map", ":v", n("2")));
        assertTrue(test("#m . arr [ 1 ] = :v", "#m", "map", ":v", n("2")));
        assertFalse(test("#l[9] = :v", "#l", "list", ":v", s("x")));
        assertFalse(test("#l.x = :v", "#l", "list", ":v", s("x")));
        assertFalse(test("#m[0] = :v", "#m", "map", ":v", s("x")));
    }

    @Test
    void keywordsAndNamesAreCaseInsensitiveAndPlaceholdersNameAnything() {
        assertTrue(test("id = :a or id = :b and NoT id = :b", ":a", s("i-1"), ":b", s("x")));
        assertTrue(test("#weird = :v", "#weird", "name", ":v", s("apple")));
        assertTrue(Expressions.condition("#k = :v", "FilterExpression", p("#k", "a.b", ":v", n("1")))
                .test(item("a.b", n("1"))));
    }

    @Test
    void aMissingItemSeesNoAttributes() {
        ConditionExpr c = Expressions.condition("attribute_not_exists(id)", "ConditionExpression", p());
        assertTrue(c.test(Map.of()));
    }
}
