package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of a representative single-table hierarchy (SINGLE_TABLE.md's shop: a
 * customer, its orders and their lines, a shared index, an item collection), compiled with
 * {@code -Xlint:all -Werror} and compared as exact text with golden files. Run with
 * {@code -Dgenericrepo.updateGoldens=true} to rewrite them after an intended change.
 */
class SingleTableGoldenFilesTest {

    private static final Path GOLDENS = Path.of(System.getProperty("genericrepo.goldens",
            "src/test/resources/goldens")).resolve("SingleTableGoldenFilesTest/shop");
    private static Compilation compilation;

    static List<JavaFileObject> shop() {
        return List.of(
                JavaFileObjects.forSourceLines("com.example.shop.ShopItem",
                        "package com.example.shop;",
                        "",
                        "import io.genericrepo.annotations.*;",
                        "",
                        "@Table(name = \"shop\")",
                        "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\", sortKey = \"gsi1sk\"))",
                        "@ItemCollection(name = \"CustomerWithOrders\", partition = Customer.class, members = Order.class)",
                        "public sealed interface ShopItem permits Customer, Order, OrderLine {}"),
                JavaFileObjects.forSourceLines("com.example.shop.Customer",
                        "package com.example.shop;",
                        "",
                        "import io.genericrepo.annotations.*;",
                        "",
                        "@Entity(tag = \"customer\", partitionKey = \"CUSTOMER#{id}\", sortKey = \"PROFILE\")",
                        "public record Customer(String id, String name, int orderCount, @Version long version)",
                        "        implements ShopItem {}"),
                JavaFileObjects.forSourceLines("com.example.shop.Order",
                        "package com.example.shop;",
                        "",
                        "import io.genericrepo.annotations.*;",
                        "import java.math.BigDecimal;",
                        "import java.time.Instant;",
                        "",
                        "@Entity(tag = \"order\", partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{placedAt}#{orderId}\",",
                        "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"ORDER#{orderId}\", sortKey = \"STATUS#{status}\"))",
                        "public record Order(String customerId, String orderId, Instant placedAt, OrderStatus status,",
                        "        BigDecimal total) implements ShopItem {}"),
                JavaFileObjects.forSourceLines("com.example.shop.OrderLine",
                        "package com.example.shop;",
                        "",
                        "import io.genericrepo.annotations.*;",
                        "import java.time.Instant;",
                        "",
                        "@Entity(tag = \"line\", partitionKey = \"CUSTOMER#{customerId}\",",
                        "        sortKey = \"ORDER#{placedAt}#{orderId}#LINE#{lineNo}\", storeKeyComponents = false,",
                        "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"ORDER#{orderId}\", sortKey = \"LINE#{lineNo}\"))",
                        "public record OrderLine(String customerId, Instant placedAt, String orderId, int lineNo, String sku,",
                        "        int quantity) implements ShopItem {}"),
                JavaFileObjects.forSourceLines("com.example.shop.OrderStatus",
                        "package com.example.shop;",
                        "",
                        "public enum OrderStatus { PENDING, PAID, SHIPPED }"));
    }

    @BeforeAll
    static void compileShop() {
        compilation = javac().withProcessors(new GenericRepoProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(shop());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ShopItemSchema", "ShopItem_", "ShopItemRepository", "ShopItemAsyncRepository",
            "CustomerWithOrders", "OrderSchema", "OrderKey", "Order_", "OrderRepository", "OrderAsyncRepository",
            "CustomerSchema", "OrderLineSchema", "OrderLine_"})
    void generatedSourceMatchesItsGoldenFile(String simpleName) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        String generated = compilation.generatedSourceFile("com.example.shop." + simpleName).orElseThrow()
                .getCharContent(false).toString();
        Path golden = GOLDENS.resolve("com/example/shop/" + simpleName + ".java");
        if (Boolean.getBoolean("genericrepo.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertThat(compilation).generatedSourceFile("com.example.shop." + simpleName)
                .contentsAsUtf8String().isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void generatedLinesStayWithin120Columns() throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            for (String line : file.getCharContent(false).toString().split("\n")) {
                assertTrue(line.length() <= 120, () -> file.getName() + " has a long line: " + line);
            }
        }
    }
}
