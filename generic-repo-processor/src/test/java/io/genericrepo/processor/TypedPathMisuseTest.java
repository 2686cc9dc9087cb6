package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Misusing the generated metamodel does not compile: a value of the wrong type, an operator the
 * attribute's type lacks, a condition on another record, a wrong index key type.
 */
class TypedPathMisuseTest {

    private static final JavaFileObject ORDER = JavaFileObjects.forSourceLines("shop.Order",
            "package shop;",
            "import io.genericrepo.annotations.*;",
            "import java.math.BigDecimal;",
            "import java.util.List;",
            "@Table(name = \"orders\")",
            "public record Order(@PartitionKey String customerId, @SortKey String orderId,",
            "        @IndexPartitionKey(\"status-index\") Status status, int quantity, BigDecimal total,",
            "        boolean paid, List<String> tags) {",
            "    public enum Status { PENDING, PAID }",
            "}");

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceLines("shop.Customer",
            "package shop;",
            "import io.genericrepo.annotations.*;",
            "@Table(name = \"customers\")",
            "public record Customer(@PartitionKey String id, String name) {}");

    private static Compilation use(String... body) {
        String[] lines = new String[body.length + 8];
        lines[0] = "package shop;";
        lines[1] = "import io.genericrepo.*;";
        lines[2] = "import java.math.BigDecimal;";
        lines[3] = "class Use {";
        lines[4] = "    void use(OrderRepository orders, CustomerRepository customers) {";
        System.arraycopy(body, 0, lines, 5, body.length);
        lines[body.length + 5] = "    }";
        lines[body.length + 6] = "}";
        lines[body.length + 7] = "";
        return javac().withProcessors(new GenericRepoProcessor())
                .compile(ORDER, CUSTOMER, JavaFileObjects.forSourceLines("shop.Use", lines));
    }

    private static void failsOn(Compilation compilation, String error, String line) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(error).inFile(findUse(compilation)).onLineContaining(line);
    }

    private static JavaFileObject findUse(Compilation compilation) {
        return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("Use.java")).findFirst().orElseThrow();
    }

    @Test
    void correctUseCompiles() {
        assertThat(use(
                "        Condition<Order> c = Order_.total.gt(new BigDecimal(\"100\")).and(Order_.total.gt(100))",
                "                .and(Order_.status.in(Order.Status.PENDING, Order.Status.PAID))",
                "                .and(Order_.tags.contains(\"gift\")).and(Order_.orderId.beginsWith(\"2026\"));",
                "        orders.query(\"c-1\").filter(c).list();",
                "        orders.query(Order_.STATUS_INDEX, Order.Status.PAID).first();",
                "        customers.query(\"id\").filter(Customer_.name.eq(\"Ada\")).list();"))
                .succeededWithoutWarnings();
    }

    @Test
    void onlyTakesASubtypeOfTheRecordRead() {
        failsOn(use("        orders.query(\"c-1\").only(Customer.class);"), "inference variable E has incompatible",
                "only(Customer.class)");
        failsOn(use("        orders.scan().only(String.class);"), "inference variable E has incompatible",
                "only(String.class)");
    }

    @Test
    void aValueOfTheWrongTypeDoesNotCompile() {
        failsOn(use("        Order_.total.gt(\"x\");"), "incompatible types: java.lang.String cannot be converted to java.lang.Number",
                "Order_.total.gt(\"x\")");
    }

    @Test
    void anEnumPathTakesTheEnumNotItsName() {
        failsOn(use("        Order_.status.eq(\"PAID\");"), "no suitable method found for eq(java.lang.String)",
                "Order_.status.eq(\"PAID\")");
    }

    @Test
    void aNumberPathHasNoBeginsWith() {
        failsOn(use("        Order_.quantity.beginsWith(\"1\");"), "cannot find symbol", "Order_.quantity.beginsWith");
    }

    @Test
    void enumsAndBooleansHaveNoOrder() {
        failsOn(use("        Order_.status.gt(Order.Status.PAID);"), "cannot find symbol", "Order_.status.gt");
        failsOn(use("        Order_.paid.lt(true);"), "cannot find symbol", "Order_.paid.lt");
    }

    @Test
    void aListTakesElementsOfItsType() {
        failsOn(use("        Order_.tags.contains(5);"), "incompatible types: int cannot be converted to java.lang.String",
                "Order_.tags.contains(5)");
    }

    @Test
    void aConditionOnOneRecordCannotFilterAnother() {
        failsOn(use("        customers.query(\"id\").filter(Order_.quantity.gt(1)).list();"),
                "incompatible types: io.genericrepo.Condition<shop.Order> cannot be converted to"
                        + " io.genericrepo.Condition<shop.Customer>",
                "customers.query(\"id\").filter(Order_.quantity.gt(1))");
    }

    @Test
    void anIndexQueryTakesTheIndexKeyType() {
        failsOn(use("        orders.query(Order_.STATUS_INDEX, \"PAID\");"), "inference variable I has incompatible bounds",
                "orders.query(Order_.STATUS_INDEX, \"PAID\")");
    }

    @Test
    void thePartitionKeyHasItsType() {
        failsOn(use("        orders.query(42);"), "argument mismatch; int cannot be converted to java.lang.String",
                "orders.query(42)");
    }
}
