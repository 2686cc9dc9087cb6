package io.genericrepo.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.model.KeyKind;
import io.genericrepo.processor.model.TemplateModel;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each compile-time check of key templates, with its message and the line it is reported on (the
 * template's annotation value, or the entity's annotation for overlaps).
 */
class TemplateValidatorTest {

    private static final String HEADER = String.join("\n",
            "package test;",
            "",
            "import java.math.*;",
            "import java.time.*;",
            "import java.util.*;",
            "",
            "@interface Keys { String pk(); String sk() default \"\"; }",
            "enum Status { NEW, PAID, ON_HOLD }",
            "");

    private TemplateCheckProcessor processor;
    private JavaFileObject source;
    private Compilation compilation;

    private TemplateValidatorTest compile(String... lines) {
        processor = new TemplateCheckProcessor();
        source = JavaFileObjects.forSourceString("test.Shop", HEADER + String.join("\n", lines) + "\n");
        compilation = javac().withProcessors(processor).compile(source);
        return this;
    }

    private TemplateValidatorTest hasError(String message, String line) {
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
        return this;
    }

    private void errors(int count) {
        assertThat(compilation).hadErrorCount(count);
    }

    @Test
    void aGoodTemplateBecomesItsModel() {
        compile("@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{placedAt}#{status}#{n}#{id}#{flag}\")",
                "record Order(String customerId, Instant placedAt, Status status, int n, UUID id, boolean flag) {}");
        assertThat(compilation).succeeded();
        TemplateModel sk = processor.models.stream().filter(m -> m.attribute().equals("sk")).findFirst().orElseThrow();
        assertEquals(List.of("ORDER#", "#", "#", "#", "#", ""), sk.literals());
        assertEquals(List.of("placedAt", "status", "n", "id", "flag"), sk.components());
        assertEquals(new TemplateModel.Part("status", KeyKind.ENUM, ClassName.get("test", "Status"),
                List.of("NEW", "PAID", "ON_HOLD")), sk.parts().get(1));
        assertEquals(new TemplateModel.Part("n", KeyKind.INTEGER, TypeName.INT, List.of()), sk.parts().get(2));
        assertEquals(KeyKind.UUID, sk.parts().get(3).kind());
        assertEquals(List.of("false", "true"), sk.parts().get(4).constants());
        assertEquals(TemplateModel.Role.SORT_KEY, sk.role());
    }

    @Test
    void unbalancedBraces() {
        compile("@Keys(pk = \"C#{id\")", "record A(String id) {}")
                .hasError("[KeyTemplateSyntax] key template \"C#{id\" of A's pk has a '{' at index 2 with no '}' after it;"
                        + " write literal text and {component} placeholders, such as \"ORDER#{placedAt}#{orderId}\"",
                        "@Keys(pk = \"C#{id\")");
        compile("@Keys(pk = \"C#id}\")", "record A(String id) {}")
                .hasError("key template \"C#id}\" of A's pk has a '}' at index 4 with no '{' before it", "@Keys");
        compile("@Keys(pk = \"C#{i{d}}\")", "record A(String id) {}")
                .hasError("key template \"C#{i{d}}\" of A's pk has a '{' at index 2 with no '}' after it", "@Keys");
    }

    @Test
    void emptyBracesAndEmptyTemplates() {
        compile("@Keys(pk = \"C#{}\")", "record A(String id) {}")
                .hasError("[KeyTemplateSyntax] key template \"C#{}\" of A's pk has an empty placeholder {} at index 2",
                        "@Keys");
        compile("@Keys(pk = \"\")", "record A(String id) {}")
                .hasError("[KeyTemplateSyntax] key template \"\" of A's pk is empty", "@Keys");
    }

    @Test
    void aPlaceholderNamingNoComponent() {
        compile("@Keys(pk = \"C#{customer}\")", "record A(String customerId, int n) {}")
                .hasError("[KeyTemplateComponent] key template \"C#{customer}\" of A's pk names {customer}, which is not a"
                        + " component of A; the components are customerId, n", "@Keys")
                .errors(1);
    }

    @Test
    void aComponentNamedTwice() {
        compile("@Keys(pk = \"C#{id}#{id}\")", "record A(String id) {}")
                .hasError("[KeyTemplateComponent] key template \"C#{id}#{id}\" of A's pk names {id} twice; name each"
                        + " component once", "@Keys");
    }

    @Test
    void twoPlaceholdersWithNoLiteralBetween() {
        compile("@Keys(pk = \"C#{a}{b}\")", "record A(String a, String b) {}")
                .hasError("[KeyTemplateAmbiguous] key template \"C#{a}{b}\" of A's pk has no literal text between {a} and"
                        + " {b}, so a stored key could not be split back into them; put a separator such as '#' between"
                        + " them", "@Keys");
    }

    @Test
    void aComponentTypeWithNoKeyEncoding() {
        compile("@Keys(pk = \"C#{id}\", sk = \"T#{total}\")", "record A(String id, BigDecimal total) {}")
                .hasError("[KeyTemplateType] key template \"T#{total}\" of A's sk names {total} of type java.math.BigDecimal,"
                        + " which has no key encoding (equal decimals such as 1.0 and 1.00 have different texts, and no"
                        + " fixed-width text keeps the order of every decimal; store cents in a long, or use a String); a"
                        + " key component must be String, int, Integer, long, Long, boolean, Boolean, Instant, LocalDate,"
                        + " UUID or an enum", "sk = \"T#{total}\"");
        compile("@Keys(pk = \"C#{d}\")", "record A(double d) {}")
                .hasError("names {d} of type double, which has no key encoding (a floating-point number has no exact,"
                        + " order-keeping text; use a long, such as cents, or a String)", "@Keys");
        compile("@Keys(pk = \"C#{tags}\")", "record A(List<String> tags) {}")
                .hasError("names {tags} of type java.util.List<java.lang.String>, which has no key encoding; a key"
                        + " component must be", "@Keys");
    }

    @Test
    void aSeparatorThatANumberOrTimeCanContain() {
        compile("@Keys(pk = \"C#{n}-{id}\")", "record A(int n, String id) {}")
                .hasError("[KeyTemplateSeparator] key template \"C#{n}-{id}\" of A's pk: the literal \"-\" follows {n},"
                        + " but an int's text can contain '-' (its characters are -0123456789), so a stored key could not"
                        + " be split back; use a separator that an int cannot contain, such as '#'", "@Keys");
        compile("@Keys(pk = \"C#{at}:{id}\")", "record A(Instant at, String id) {}")
                .hasError("the literal \":\" follows {at}, but an Instant's text can contain ':'", "@Keys");
        compile("@Keys(pk = \"-{n}\")", "record A(long n) {}")
                .hasError("[KeyTemplateSeparator] key template \"-{n}\" of A's pk: the literal \"-\" comes before {n}, which"
                        + " ends the template, and a long's text can contain it (its characters are -0123456789), so such"
                        + " values would be refused when saved; use a separator that a long cannot contain, such as '#'",
                        "@Keys");
        compile("@Keys(pk = \"N-{n}\", sk = \"{at}#{day}#X\")", "record A(long n, Instant at, LocalDate day) {}");
        assertThat(compilation).succeeded();
    }

    @Test
    void aSeparatorThatAnEnumConstantContains() {
        compile("@Keys(pk = \"S#{status}_{id}\")", "record A(Status status, String id) {}")
                .hasError("[KeyTemplateSeparator] key template \"S#{status}_{id}\" of A's pk: the literal \"_\" follows"
                        + " {status}, but the enum Status has the constant ON_HOLD, which contains it or runs into it, so a"
                        + " stored key could not be split back; use a separator that the enum Status cannot contain, such"
                        + " as '#'", "@Keys");
        compile("@Keys(pk = \"S#{status}AID\")", "record A(Status status) {}")
                .hasError("the enum Status has the constant PAID, which contains it or runs into it", "@Keys");
        compile("@Keys(pk = \"HOLD{status}\")", "record A(Status status) {}")
                .hasError("the literal \"HOLD\" comes before {status}, which ends the template, but the enum Status has"
                        + " the constant ON_HOLD, which contains it, so it would be refused when saved", "@Keys");
        compile("@Keys(pk = \"S#{flag}ue{id}\")", "record A(boolean flag, String id) {}") // "true" + "ue"
                .hasError("the literal \"ue\" follows {flag}, but a boolean has the constant true, which contains it or"
                        + " runs into it", "@Keys");
    }

    @Test
    void aTemplateLongerThanTheKeyLimit() {
        String literal = "x".repeat(1000);
        compile("@Keys(pk = \"C#{id}\", sk = \"" + literal + "#{at}\")", "record A(String id, Instant at) {}")
                .hasError("[KeyTemplateLength] key template \"" + literal + "#{at}\" of A's sk renders keys of at least"
                        + " 1031 bytes, over DynamoDB's limit of 1024 bytes for a sort key; shorten its literal text",
                        "@Keys");
    }

    @Test
    void everyProblemOfATemplateIsReported() {
        compile("@Keys(pk = \"C#{a}{b}#{c}#{x}\")", "record A(String a, String b, BigDecimal c) {}")
                .hasError("[KeyTemplateAmbiguous]", "@Keys")
                .hasError("[KeyTemplateType]", "@Keys")
                .hasError("[KeyTemplateComponent]", "@Keys")
                .errors(3);
    }

    @Test
    void theShopOfTheDesignHasNoOverlap() {
        compile("@Keys(pk = \"CUSTOMER#{id}\", sk = \"PROFILE\")",
                "record Customer(String id, String name) {}",
                "@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{placedAt}#{orderId}\")",
                "record Order(String customerId, String orderId, Instant placedAt, Status status, BigDecimal total) {}",
                "@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{placedAt}#{orderId}#LINE#{lineNo}\")",
                "record OrderLine(String customerId, Instant placedAt, String orderId, int lineNo, String sku) {}",
                "@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{placedAt}#{orderId}#{status}\")",
                "record OrderEvent(String customerId, Instant placedAt, String orderId, Status status) {}");
        assertThat(compilation).succeeded();
    }

    @Test
    void entitiesThatCanWriteTheSameKey() {
        compile("@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{placedAt}#{orderId}\")",
                "record Order(String customerId, Instant placedAt, String orderId) {}",
                "@Keys(pk = \"CUSTOMER#{customerId}\", sk = \"ORDER#{orderId}\")",
                "record Draft(String customerId, String orderId) {}")
                .hasError("[KeyTemplateOverlap] entities Order and Draft can write the same key (for example pk ="
                        + " \"CUSTOMER#a\", sk = \"ORDER#1111-11-11T11:11:11.111111111Z#a\"), so saving one would"
                        + " overwrite the other; make their templates differ in literal text, such as a distinct prefix"
                        + " (\"ORDER#...\" and \"LINE#...\")", "sk = \"ORDER#{orderId}\"")
                .errors(1);
    }

    @Test
    void constantsAndEnumsOverlapOnlyWhenTheyCanBeEqual() {
        compile("@Keys(pk = \"P#{id}\", sk = \"PROFILE\")", "record A(String id) {}",
                "@Keys(sk = \"PROFILE\", pk = \"P#{id}\")", "record B(String id) {}")
                .hasError("[KeyTemplateOverlap] entities A and B can write the same key (for example pk = \"P#a\", sk ="
                        + " \"PROFILE\")", "@Keys(sk = \"PROFILE\"");
        compile("@Keys(pk = \"P#{id}\", sk = \"S#{status}\")", "record A(String id, Status status) {}",
                "@Keys(pk = \"P#{id}\", sk = \"S#PAID\")", "record B(String id) {}")
                .hasError("(for example pk = \"P#a\", sk = \"S#PAID\")", "sk = \"S#PAID\"");
        compile("@Keys(pk = \"P#{id}\", sk = \"S#{status}\")", "record A(String id, Status status) {}",
                "@Keys(pk = \"P#{id}\", sk = \"S#DONE\")", "record B(String id) {}",
                "@Keys(pk = \"Q#{id}\", sk = \"S#{status}\")", "record C(String id, Status status) {}");
        assertThat(compilation).succeeded();
    }

    @Test
    void numbersOverlapWhenTheirPatternsMeet() {
        compile("@Keys(pk = \"P#{id}\", sk = \"N#{n}\")", "record A(String id, int n) {}",
                "@Keys(pk = \"P#{id}\", sk = \"N#{day}\")", "record B(String id, LocalDate day) {}",
                "@Keys(pk = \"P#{id}\", sk = \"N#-{code}\")", "record C(String id, String code) {}")
                .hasError("entities A and C can write the same key (for example pk = \"P#a\", sk = \"N#-1111111111\")",
                        "N#-{code}")
                .errors(1);
    }

    @Test
    void aTableWithoutSortKeyComparesPartitionKeys() {
        compile("@Keys(pk = \"USER#{id}\")", "record User(String id) {}",
                "@Keys(pk = \"USER#{id}#{n}\")", "record Counter(String id, int n) {}",
                "@Keys(pk = \"GROUP#{id}\")", "record Group(String id) {}")
                .hasError("[KeyTemplateOverlap] entities User and Counter can write the same key (for example pk ="
                        + " \"USER#a#01111111111\")", "USER#{id}#{n}")
                .errors(1);
    }
}
