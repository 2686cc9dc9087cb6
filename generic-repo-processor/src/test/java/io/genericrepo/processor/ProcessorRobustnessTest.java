package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Odd but legal declarations around a {@code @Table} record or hierarchy: the generated code
 * compiles under {@code -Xlint:all -Werror} whatever the user's package declares or deprecates.
 */
class ProcessorRobustnessTest {

    private static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceLines(name, lines);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new GenericRepoProcessor()).withOptions("-Xlint:all", "-Werror")
                .compile(List.of(sources));
    }

    /** A type of the user's package named like a java.lang type generated code uses. */
    private static List<JavaFileObject> javaLangLookAlikes(String... names) {
        List<JavaFileObject> out = new ArrayList<>();
        for (String name : names) {
            out.add(source("test." + name, "package test;", "public final class " + name + " {}"));
        }
        return out;
    }

    @Test
    void javaLangNamesThatThePackageHidesAreWrittenQualified() {
        List<JavaFileObject> sources = javaLangLookAlikes("String", "Integer", "Long", "Boolean", "Double", "Override");
        sources.add(source("test.Thing",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Table(name = \"things\")",
                "public record Thing(@PartitionKey java.lang.String id, @SortKey int n, long big, java.lang.Long boxed,",
                "        boolean flag, double d, java.util.List<java.lang.String> tags,",
                "        java.util.Map<java.lang.String, java.lang.Integer> counts, Inner inner) {",
                "    public record Inner(java.lang.String city, java.lang.Boolean open) {}",
                "}"));
        Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ThingKey").contentsAsUtf8String()
                .contains("public record ThingKey(java.lang.String id, int n)");
        assertThat(compilation).generatedSourceFile("test.ThingSchema").contentsAsUtf8String()
                .contains("@java.lang.Override");
    }

    @Test
    void javaLangNamesThatThePackageHidesAreWrittenQualifiedInAHierarchy() {
        List<JavaFileObject> sources = javaLangLookAlikes("String", "Integer", "Override");
        sources.add(source("test.Shop",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Table(name = \"shop\")",
                "@ItemCollection(name = \"CustomerWithOrders\", partition = Customer.class, members = Order.class)",
                "public sealed interface Shop permits Customer, Order {}"));
        sources.add(source("test.Customer",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Entity(partitionKey = \"C#{id}\", sortKey = \"C\")",
                "public record Customer(java.lang.String id, java.lang.String name) implements Shop {}"));
        sources.add(source("test.Order",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Entity(partitionKey = \"C#{customerId}\", sortKey = \"O#{n}\")",
                "public record Order(java.lang.String customerId, int n, java.lang.Integer qty) implements Shop {}"));
        Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.OrderKey").contentsAsUtf8String()
                .contains("java.lang.String customerId");
    }

    @Test
    void aDeprecatedRecordAndTheDeprecatedTypesItUsesRaiseNoWarningInGeneratedCode() {
        Compilation compilation = compile(source("test.Thing",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Deprecated(forRemoval = true, since = \"2\")",
                "@Table(name = \"things\")",
                "public record Thing(@PartitionKey String id, @SortKey int n, Kind kind, Address address,",
                "        java.util.List<Address> more) {",
                "    @Deprecated public enum Kind { A, B }",
                "    public record Address(String city, @Deprecated String street) {}",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        for (String generated : List.of("ThingSchema", "ThingKey", "Thing_", "ThingRepository", "ThingAsyncRepository")) {
            assertThat(compilation).generatedSourceFile("test." + generated).contentsAsUtf8String()
                    .contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
        }
    }

    @Test
    void aDeprecatedConverterClassRaisesNoWarningInGeneratedCode() {
        Compilation compilation = compile(source("test.Thing",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
                "@Table(name = \"things\")",
                "public record Thing(@PartitionKey String id, @Converter(Thing.Upper.class) String name) {",
                "    @Deprecated",
                "    public static final class Upper implements io.genericrepo.AttributeConverter<String> {",
                "        @Override public AttributeValue write(String v) { return AttributeValue.fromS(v.toUpperCase()); }",
                "        @Override public String read(AttributeValue v) { return v.s(); }",
                "    }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ThingSchema").contentsAsUtf8String()
                .contains("@SuppressWarnings(\"deprecation\")");
    }

    @Test
    void aDeprecatedHierarchyRaisesNoWarningInGeneratedCode() {
        Compilation compilation = compile(source("test.Shop",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Deprecated",
                "@Table(name = \"shop\")",
                "public sealed interface Shop {",
                "    @Deprecated(forRemoval = true)",
                "    @Entity(partitionKey = \"C#{id}\", sortKey = \"C\")",
                "    record Customer(String id, String name) implements Shop {}",
                "    @Entity(partitionKey = \"C#{customerId}\", sortKey = \"N#{n}\")",
                "    record Note(String customerId, int n) implements Shop {}",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Shop_NoteSchema").contentsAsUtf8String()
                .contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
    }

    @Test
    void attributeNamesThatWouldEndOrEscapeAJavadocCommentAreWrittenAsEntities() {
        Compilation compilation = compile(source("test.Thing",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Table(name = \"things\")",
                "public record Thing(@PartitionKey @Attribute(name = \"pk*/x\") String id,",
                "        @Attribute(name = \"a\\\\u002a/b\") String escaped,",
                "        @Attribute(name = \"x}y{@code\") String braces,",
                "        @Attribute(name = \"line\\nbreak @see\") String newline,",
                "        @Attribute(name = \"größe 名前 #:.\") int plain,",
                "        Inner inner) {",
                "    public record Inner(@Attribute(name = \"*/\") String end) {}",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Thing_").contentsAsUtf8String()
                .contains("attribute <code>a&#92;u002a/b</code>.");
        assertThat(compilation).generatedSourceFile("test.Thing_").contentsAsUtf8String()
                .contains("attribute {@code größe 名前 #:.}.");
        assertThat(compilation).generatedSourceFile("test.Thing_").contentsAsUtf8String()
                .contains("AttributePath.of(\"a\\\\u002a/b\")");
    }

    @Test
    void keyTemplatesAndTagsThatWouldEndAJavadocCommentAreWrittenAsEntities() {
        Compilation compilation = compile(source("test.Shop",
                "package test;",
                "import io.genericrepo.annotations.*;",
                "@Table(name = \"shop\")",
                "public sealed interface Shop {",
                "    @Entity(tag = \"c*/\", partitionKey = \"C*/#{id}\", sortKey = \"S\\\\u000a#{n}\")",
                "    record Customer(String id, int n) implements Shop {}",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Shop_CustomerKey").contentsAsUtf8String()
                .contains("<code>C&#42;/#&#123;id&#125;</code>");
    }
}
