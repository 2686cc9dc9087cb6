package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.l;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static io.genericrepo.inmemory.expression.Fixtures.ss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UpdateErrorsTest {

    private static void refused(String message, String text, Object... placeholders) {
        assertValidation("Invalid UpdateExpression: " + message, () -> Expressions.update(text, p(placeholders)));
    }

    @Test
    void emptyAndSyntaxErrors() {
        refused("The expression can not be empty;", "");
        refused("Syntax error; token: \"a\", near: \"a =\"", "a = :v", ":v", n("1"));
        refused("Syntax error; token: \"<EOF>\", near: \"SET\"", "SET");
        refused("Syntax error; token: \"<EOF>\", near: \"=\"", "SET a =");
        refused("Syntax error; token: \":v\", near: \"a :v\"", "SET a :v", ":v", n("1"));
        refused("Syntax error; token: \"+\", near: \":v + :v\"", "SET a = :v + :v + :v", ":v", n("1"));
        refused("Syntax error; token: \"REMOVE\", near: \"SET REMOVE a\"", "SET REMOVE a");
        refused("Syntax error; token: \":v\", near: \"REMOVE :v\"", "REMOVE :v", ":v", n("1"));
        refused("Syntax error; token: \"b\", near: \"a b\"", "ADD a b");
    }

    @Test
    void eachSectionAtMostOnce() {
        refused("The \"SET\" section can only be used once in an update expression;", "SET a = :v SET b = :v", ":v", n("1"));
        refused("The \"REMOVE\" section can only be used once in an update expression;", "REMOVE a remove b");
    }

    @Test
    void overlappingAndConflictingPaths() {
        refused("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
                "SET a = :v REMOVE a.b", ":v", n("1"));
        refused("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, [1]]",
                "SET a[1] = :v, a[1] = :v", ":v", n("1"));
        refused("Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, b]",
                "SET a[0] = :v ADD a.b :v", ":v", n("1"));
    }

    @Test
    void placeholdersAndReservedWords() {
        refused("An expression attribute name used in the document path is not defined; attribute name: #a", "SET #a = :v", ":v", n("1"));
        refused("An expression attribute value used in expression is not defined; attribute value: :v", "SET a = :v");
        refused("Attribute name is a reserved keyword; reserved keyword: value", "SET value = :v", ":v", n("1"));
    }

    @Test
    void functionsAndOperandTypes() {
        refused("Invalid function name; function: size", "SET a = size(b)");
        refused("Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
                "SET a = if_not_exists(a)");
        refused("Operator or function requires a document path; operator or function: if_not_exists",
                "SET a = if_not_exists(:v, :v)", ":v", n("1"));
        refused("Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
                "SET a = list_append(a, :v)", ":v", s("x"));
        refused("Incorrect operand type for operator or function; operator or function: +, operand type: S",
                "SET a = a + :v", ":v", s("x"));
        refused("Incorrect operand type for operator or function; operator or function: -, operand type: L",
                "SET a = :v - a", ":v", l());
        refused("Incorrect operand type for operator or function; operator: ADD, operand type: STRING", "ADD a :v", ":v", s("x"));
        refused("Incorrect operand type for operator or function; operator: ADD, operand type: LIST", "ADD a :v", ":v", l());
        refused("Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER", "DELETE a :v", ":v", n("1"));
    }

    @Test
    void parenthesesAroundValuesAndOperands() {
        assertEquals(n("3"), Expressions.update("SET a = (:one) + (:two)", p(":one", n("1"), ":two", n("2")))
                .apply(Fixtures.item()).get("a"));
        assertEquals(ss("x"), Expressions.update("SET a = (:v)", p(":v", ss("x"))).apply(Fixtures.item()).get("a"));
    }
}
