package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.item;
import static io.genericrepo.inmemory.expression.Fixtures.l;
import static io.genericrepo.inmemory.expression.Fixtures.m;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ProjectionTest {

    private static final Map<String, AttributeValue> ITEM = item(
            "id", s("k"),
            "qty", n("3"),
            "doc", m("a", m("b", s("deep"), "c", s("other")), "z", n("1")),
            "arr", l(s("e0"), m("x", s("x1"), "y", s("y1")), s("e2"), l(s("n0"), s("n1"))));

    private static Map<String, AttributeValue> project(String text, Object... placeholders) {
        return Expressions.projection(text, p(placeholders)).apply(ITEM);
    }

    @Test
    void topLevelAttributes() {
        assertEquals(item("id", s("k"), "qty", n("3")), project("id, qty"));
        assertEquals(item("qty", n("3")), project("qty, gone"));
        assertEquals(Set.of("id", "doc", "arr"), Expressions.projection("id, doc.a, #a[1]", p("#a", "arr")).topLevelAttributes());
    }

    @Test
    void nestedMapPathsKeepTheirNesting() {
        assertEquals(item("doc", m("a", m("b", s("deep")))), project("doc.a.b"));
        assertEquals(item("doc", m("a", m("b", s("deep")), "z", n("1"))), project("doc.a.b, doc.z"));
        assertEquals(item(), project("doc.a.gone, doc.gone.b, id.x"));
    }

    @Test
    void listElementsComeBackInListOrder() {
        assertEquals(item("arr", l(s("e0"), s("e2"))), project("arr[2], arr[0]"));
        assertEquals(item("arr", l(m("y", s("y1")))), project("arr[1].y"));
        assertEquals(item("arr", l(l(s("n1")))), project("arr[3][1]"));
        assertEquals(item("arr", l(s("e2"))), project("arr[2], arr[9]"));
    }

    @Test
    void errors() {
        assertValidation("Invalid ProjectionExpression: The expression can not be empty;", () -> project(""));
        assertValidation("Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"", () -> project("id,"));
        assertValidation("Invalid ProjectionExpression: Syntax error; token: \"=\", near: \"id = :v\"", () -> project("id = :v"));
        assertValidation("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name",
                () -> project("id, name"));
        assertValidation("Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
                () -> project("#x"));
        assertValidation("Invalid ProjectionExpression: Two document paths overlap with each other; "
                + "must remove or rewrite one of these paths; path one: [doc], path two: [doc, a]", () -> project("doc, doc.a"));
        assertValidation("Invalid ProjectionExpression: Two document paths overlap with each other; "
                + "must remove or rewrite one of these paths; path one: [id], path two: [id]", () -> project("id, id"));
        assertValidation("Invalid ProjectionExpression: Two document paths conflict with each other; "
                + "must remove or rewrite one of these paths; path one: [arr, [0]], path two: [arr, x]", () -> project("arr[0], arr.x"));
    }
}
