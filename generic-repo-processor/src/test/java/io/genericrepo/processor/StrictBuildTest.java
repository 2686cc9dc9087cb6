package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's build with every lint on and warnings as errors ({@code -Xlint:all -Werror}, the
 * processing lint included) compiles the annotated records and the generated code.
 */
class StrictBuildTest {

    private static final JavaFileObject ORDER = JavaFileObjects.forSourceLines("shop.Order",
            "package shop;",
            "",
            "import io.genericrepo.annotations.*;",
            "import java.time.Instant;",
            "",
            "@Table(name = \"orders\", ttlDays = 7)",
            "public record Order(",
            "        @PartitionKey String customerId,",
            "        @SortKey String orderId,",
            "        @IndexPartitionKey(\"status-index\") String status,",
            "        @Attribute(name = \"ship-to\") Address shipTo,",
            "        @Ttl Instant expiresAt,",
            "        @Version long version) {}");

    /** A nested record in its own file: its only annotation is {@code @Attribute}. */
    private static final JavaFileObject ADDRESS = JavaFileObjects.forSourceLines("shop.Address",
            "package shop;",
            "",
            "import io.genericrepo.annotations.Attribute;",
            "",
            "public record Address(String street, @Attribute(name = \"zip-code\") String zip) {}");

    private static Compilation strict(JavaFileObject... sources) {
        return javac().withProcessors(new GenericRepoProcessor()).withOptions("-Xlint:all", "-Werror").compile(sources);
    }

    @Test
    void theProcessorClaimsItsAnnotations() {
        Compilation compilation = strict(ORDER, ADDRESS);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("shop.OrderRepository");
    }

    @Test
    void aFileWithOnlyANestedRecordsAnnotationsIsClaimedToo() {
        assertThat(strict(ADDRESS)).succeededWithoutWarnings();
    }
}
