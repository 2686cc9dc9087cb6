package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyConditionTest {

    private static KeyCondition parse(String text, Object... placeholders) {
        return Expressions.keyCondition(text, p(placeholders), "pk", "S", "sk", "N");
    }

    private static void refused(String message, String text, Object... placeholders) {
        assertValidation(message, () -> parse(text, placeholders));
    }

    @Test
    void partitionKeyAlone() {
        KeyCondition c = parse("pk = :p", ":p", s("a"));
        assertEquals(s("a"), c.partitionValue());
        assertNull(c.sortKey());
    }

    @Test
    void everySortKeyOperator() {
        assertSort("sk = :v", "=", 5, 6);
        assertSort("sk < :v", "<", 4, 5);
        assertSort("sk <= :v", "<=", 5, 6);
        assertSort("sk > :v", ">", 6, 5);
        assertSort("sk >= :v", ">=", 5, 4);
        // the value first: the operator turns round
        assertSort(":v > sk", "<", 4, 5);
        assertSort(":v <= sk", ">=", 5, 4);
        KeyCondition between = parse("pk = :p AND sk BETWEEN :a AND :b", ":p", s("a"), ":a", n("1"), ":b", n("3"));
        assertEquals(new SortKeyComparison("BETWEEN", List.of(n("1"), n("3"))), between.sortKey());
        assertTrue(between.sortKey().test(n("1")));
        assertTrue(between.sortKey().test(n("3")));
        assertFalse(between.sortKey().test(n("3.5")));
        assertFalse(between.sortKey().test(s("2")));
    }

    @Test
    void beginsWithOnAStringSortKey() {
        KeyCondition c = Expressions.keyCondition("#p = :p AND begins_with(#s, :x)",
                p("#p", "pk", "#s", "sk", ":p", s("a"), ":x", s("ab")), "pk", "sk");
        assertTrue(c.sortKey().test(s("abc")));
        assertFalse(c.sortKey().test(s("a")));
        assertFalse(c.sortKey().test(n("1")));
    }

    @Test
    void conditionsInAnyOrderAndParentheses() {
        KeyCondition c = parse("(sk > :v) AND (pk = :p)", ":p", s("a"), ":v", n("1"));
        assertEquals(s("a"), c.partitionValue());
        assertTrue(c.sortKey().test(n("2")));
    }

    @Test
    void refusesWhatDynamoDbRefuses() {
        refused("Invalid operator used in KeyConditionExpression: OR", "pk = :p OR sk = :v", ":p", s("a"), ":v", n("1"));
        refused("Invalid operator used in KeyConditionExpression: NOT", "NOT pk = :p", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: IN", "pk IN (:p)", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: <>", "pk <> :p", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: attribute_exists", "attribute_exists(pk)");
        refused("Invalid operator used in KeyConditionExpression: contains", "pk = :p AND contains(sk, :v)", ":p", s("a"), ":v", n("1"));
        refused("KeyConditionExpressions cannot contain nested operations", "pk = :p AND size(sk) = :v", ":p", s("a"), ":v", n("1"));
        refused("KeyConditionExpressions cannot have conditions on nested attributes", "pk.x = :p", ":p", s("a"));
        refused("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition", "pk = sk");
        refused("Invalid condition in KeyConditionExpression: No key attribute specified", ":p = :v", ":p", s("a"), ":v", s("a"));
        refused("KeyConditionExpressions must only contain one condition per key", "pk = :p AND pk = :p", ":p", s("a"));
        refused("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
                "pk = :p AND :v BETWEEN sk AND :w", ":p", s("a"), ":v", n("1"), ":w", n("2"));
        refused("Query condition missed key schema element: pk", "sk = :v", ":v", n("1"));
        refused("Query condition missed key schema element: sk", "pk = :p AND elsewhere = :v", ":p", s("a"), ":v", n("1"));
        refused("Query key condition not supported", "pk > :p", ":p", s("a"));
        refused("Conditions can be of length 1 or 2 only", "pk = :p AND sk = :v AND x = :v", ":p", s("a"), ":v", n("1"));
        refused("One or more parameter values were invalid: Condition parameter type does not match schema type",
                "pk = :p", ":p", n("1"));
        refused("One or more parameter values were invalid: Condition parameter type does not match schema type",
                "pk = :p AND sk = :v", ":p", s("a"), ":v", s("1"));
        assertValidation("Query key condition not supported",
                () -> Expressions.keyCondition("pk = :p AND sk = :p", p(":p", s("a")), "pk", null));
        assertValidation("Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"",
                () -> parse("pk ="));
        assertValidation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: begins_with, operand type: N",
                () -> parse("pk = :p AND begins_with(sk, :v)", ":p", s("a"), ":v", n("1")));
    }

    private static void assertSort(String sortCondition, String operator, int matching, int notMatching) {
        KeyCondition c = parse("pk = :p AND " + sortCondition, ":p", s("a"), ":v", n("5"));
        assertEquals(operator, ((SortKeyComparison) c.sortKey()).operator());
        assertTrue(c.sortKey().test(n(Integer.toString(matching))), sortCondition + " on " + matching);
        assertFalse(c.sortKey().test(n(Integer.toString(notMatching))), sortCondition + " on " + notMatching);
        assertFalse(c.sortKey().test(s("5")), sortCondition + " on a string");
    }
}
