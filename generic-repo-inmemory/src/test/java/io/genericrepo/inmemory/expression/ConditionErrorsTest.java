package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionErrorsTest {

    private static void refused(String message, String text, Object... placeholders) {
        assertValidation("Invalid ConditionExpression: " + message,
                () -> Expressions.condition(text, "ConditionExpression", p(placeholders)));
    }

    @Test
    void emptyExpression() {
        refused("The expression can not be empty;", "");
        assertValidation("Invalid FilterExpression: The expression can not be empty;",
                () -> Expressions.condition("", "FilterExpression", p()));
    }

    @Test
    void syntaxErrorsNameTheTokenAndWhatIsNearIt() {
        refused("Syntax error; token: \"x\", near: \"a x b\"", "a x b");
        refused("Syntax error; token: \"<EOF>\", near: \"=\"", "a =");
        refused("Syntax error; token: \"AND\", near: \"= AND b\"", "a = AND b", ":v", n("1"));
        refused("Syntax error; token: \")\", near: \"a)\"", "a)");
        refused("Syntax error; token: \"!\", near: \"a ! :v\"", "a ! :v", ":v", n("1"));
        refused("Syntax error; token: \"1a\", near: \"1a =\"", "1a = :v", ":v", n("1"));
        refused("Syntax error; token: \"<EOF>\", near: \"a\"", "a");
        refused("Syntax error; token: \"=\", near: \"= :v\"", "= :v", ":v", n("1"));
        refused("Syntax error; token: \"<EOF>\", near: \":v\"", "a IN (:v", ":v", n("1"));
        refused("Syntax error; token: \"<EOF>\", near: \"= \"", "(a = :v) OR (b = ", ":v", n("1"));
    }

    @Test
    void keywordsAreNoAttributeNames() {
        refused("Syntax error; token: \"and\", near: \"and =\"", "and = :v", ":v", n("1"));
        refused("Syntax error; token: \"IN\", near: \"NOT IN =\"", "NOT IN = :v", ":v", n("1"));
    }

    @Test
    void reservedWordsMustBePlaceholders() {
        refused("Attribute name is a reserved keyword; reserved keyword: status", "status = :v", ":v", s("x"));
        refused("Attribute name is a reserved keyword; reserved keyword: Name", "a.Name = :v", ":v", s("x"));
    }

    @Test
    void undefinedPlaceholders() {
        refused("An expression attribute name used in the document path is not defined; attribute name: #n", "#n = :v", ":v", n("1"));
        refused("An expression attribute value used in expression is not defined; attribute value: :v", "a = :v");
    }

    @Test
    void functionMisuse() {
        refused("Invalid function name; function: foo", "foo(a)");
        refused("Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
                "attribute_exists(a, b)");
        refused("Incorrect number of operands for operator or function; operator or function: size, number of operands: 2",
                "size(a, b) = :v", ":v", n("1"));
        refused("Operator or function requires a document path; operator or function: attribute_not_exists",
                "attribute_not_exists(:v)", ":v", n("1"));
        refused("Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                "begins_with(a, :v)", ":v", n("1"));
        refused("Incorrect operand type for operator or function; operator or function: size, operand type: N",
                "size(:v) = :v", ":v", n("1"));
        refused("Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
                "attribute_type(a, :v)", ":v", n("1"));
        refused("Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
                "attribute_type(a, :v)", ":v", s("STRING"));
        refused("The function is not allowed to be used this way in an expression; function: attribute_exists",
                "attribute_exists(a) = :v", ":v", n("1"));
        refused("The function is not allowed to be used this way in an expression; function: size", "size(a)");
    }

    @Test
    void operandsMustBeDistinct() {
        refused("The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, b]",
                "a.b = a.b");
        refused("The first operand must be distinct from the remaining operands for this operator or function; operator: begins_with, first operand: [a]",
                "begins_with(a, a)");
    }

    @Test
    void betweenBounds() {
        refused("The BETWEEN operator requires same data type for lower and upper bounds; "
                + "lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}",
                "a BETWEEN :lo AND :hi", ":lo", n("1"), ":hi", s("a"));
        refused("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                + "lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:9}",
                "a BETWEEN :lo AND :hi", ":lo", n("10"), ":hi", n("9"));
    }

    @Test
    void inTakesAtMostAHundredOperands() {
        List<Object> placeholders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            placeholders.add(":v" + i);
            placeholders.add(n(Integer.toString(i)));
            names.add(":v" + i);
        }
        refused("The IN operator is provided with too many operands; number of operands: 101",
                "a IN (" + String.join(", ", names) + ")", placeholders.toArray());
        names.remove(100);
        placeholders.remove(201);
        placeholders.remove(200);
        assertEquals(true, Expressions.condition("a IN (" + String.join(", ", names) + ")", "ConditionExpression",
                p(placeholders.toArray())).test(Fixtures.item("a", n("99"))));
    }

    @Test
    void redundantParentheses() {
        refused("The expression has redundant parentheses;", "((a = :v))", ":v", n("1"));
        refused("The expression has redundant parentheses;", "((a)) = :v", ":v", n("1"));
    }

    @Test
    void problemsAreReportedInDynamoDbsOrderNotTextOrder() {
        // an undefined name comes before a function misuse, wherever they are
        refused("An expression attribute name used in the document path is not defined; attribute name: #x",
                "begins_with(a, :v) AND #x = :v", ":v", n("1"));
        // a reserved word comes before an undefined value
        refused("Attribute name is a reserved keyword; reserved keyword: size", "a = :nope AND size = :v", ":v", n("1"));
    }
}
