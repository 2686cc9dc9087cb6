package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of one representative record (DESIGN.md's {@code Order}), compared as
 * exact text with golden files. Run with {@code -Dgenericrepo.updateGoldens=true} to rewrite them
 * after an intended change, then review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDENS = Path.of(System.getProperty("genericrepo.goldens",
            "src/test/resources/goldens")).resolve("GoldenFilesTest/order");
    private static Compilation compilation;

    @BeforeAll
    static void compileOrder() {
        List<JavaFileObject> sources = List.of(
                JavaFileObjects.forSourceLines("com.example.Order",
                        "package com.example;",
                        "",
                        "import io.genericrepo.annotations.*;",
                        "import java.math.BigDecimal;",
                        "import java.time.Instant;",
                        "import java.util.List;",
                        "",
                        "@Table(name = \"orders\", ttlDays = 30)",
                        "public record Order(",
                        "        @PartitionKey String customerId,",
                        "        @SortKey String orderId,",
                        "        @IndexPartitionKey(\"status-index\") OrderStatus status,",
                        "        int quantity,",
                        "        @IndexSortKey(\"by-total\") BigDecimal total,",
                        "        Instant createdAt,",
                        "        List<String> tags,",
                        "        Address shipTo,",
                        "        @Ttl Instant expiresAt,",
                        "        @Version long version) {}"),
                JavaFileObjects.forSourceLines("com.example.OrderStatus",
                        "package com.example;",
                        "",
                        "public enum OrderStatus { PENDING, PAID, SHIPPED }"),
                JavaFileObjects.forSourceLines("com.example.Address",
                        "package com.example;",
                        "",
                        "public record Address(String street, String city, @io.genericrepo.annotations.Attribute(name = \"zip-code\") String zip) {}"));
        compilation = javac().withProcessors(new GenericRepoProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(sources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderSchema", "OrderKey", "Order_", "OrderRepository", "OrderAsyncRepository"})
    void generatedSourceMatchesItsGoldenFile(String simpleName) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        String generated = compilation.generatedSourceFile("com.example." + simpleName).orElseThrow()
                .getCharContent(false).toString();
        Path golden = GOLDENS.resolve("com/example/" + simpleName + ".java");
        if (Boolean.getBoolean("genericrepo.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertThat(compilation).generatedSourceFile("com.example." + simpleName)
                .contentsAsUtf8String().isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
