package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A record, or a single-table hierarchy whose entity, uses a type another processor generates
 * later is deferred, not broken.
 */
class DeferralTest {

    /**
     * Generates {@code test.Later}, a record, when it meets its own annotation {@code @MakesLater},
     * as a real generator such as AutoValue is triggered by its own annotation.
     */
    static final class GeneratesLater extends AbstractProcessor {
        private final String name;
        private final String source;
        private boolean done;

        GeneratesLater() {
            this("test.Later", "package test;\npublic record Later(String note, int count) {}\n");
        }

        GeneratesLater(String name, String source) {
            this.name = name;
            this.source = source;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("test.MakesLater");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    out.write(source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }
    }

    /** A converter class that another processor generates. */
    private static GeneratesLater laterConverter() {
        return new GeneratesLater("test.UpperConverter", String.join("\n",
                "package test;",
                "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
                "public final class UpperConverter implements io.genericrepo.AttributeConverter<String> {",
                "    @Override public AttributeValue write(String value) { return AttributeValue.fromS(value.toUpperCase()); }",
                "    @Override public String read(AttributeValue value) { return value.s(); }",
                "}"));
    }

    /** {@code Shop}, a sealed {@code @Table} interface, and its one entity {@code Note(String id, <component>)}. */
    private static JavaFileObject[] shopWithNote(String component) {
        return new JavaFileObject[] {
            JavaFileObjects.forSourceLines("test.Shop",
                    "package test;",
                    "import io.genericrepo.annotations.*;",
                    "@Table(name = \"shop\")",
                    "public sealed interface Shop permits Note {}"),
            JavaFileObjects.forSourceLines("test.Note",
                    "package test;",
                    "import io.genericrepo.annotations.*;",
                    "@Entity(partitionKey = \"N#{id}\", sortKey = \"N\")",
                    "public record Note(String id, " + component + ") implements Shop {}")};
    }

    private static JavaFileObject[] with(JavaFileObject[] sources, JavaFileObject... more) {
        JavaFileObject[] all = java.util.Arrays.copyOf(sources, sources.length + more.length);
        System.arraycopy(more, 0, all, sources.length, more.length);
        return all;
    }

    private static final JavaFileObject MAKES_LATER =
            JavaFileObjects.forSourceLines("test.MakesLater", "package test;", "@interface MakesLater {}");
    private static final JavaFileObject TRIGGER =
            JavaFileObjects.forSourceLines("test.Trigger", "package test;", "@MakesLater class Trigger {}");

    @Test
    void aTypeGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor(), new GeneratesLater())
                .withOptions("-Xlint:all")
                .compile(JavaFileObjects.forSourceLines("test.Thing",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"things\")",
                        "public record Thing(@PartitionKey String id, Later later) {}"),
                        MAKES_LATER, TRIGGER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ThingSchema").contentsAsUtf8String()
                .contains("LaterMapping");
    }

    @Test
    void aHierarchyWhoseEntityUsesATypeGeneratedLaterIsWaitedFor() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor(), new GeneratesLater())
                .withOptions("-Xlint:all")
                .compile(JavaFileObjects.forSourceLines("test.Shop",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"shop\")",
                        "public sealed interface Shop permits Customer, Note {}"),
                        JavaFileObjects.forSourceLines("test.Customer",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Entity(partitionKey = \"C#{id}\", sortKey = \"C\")",
                        "public record Customer(String id, String name) implements Shop {}"),
                        JavaFileObjects.forSourceLines("test.Note",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Entity(partitionKey = \"C#{customerId}\", sortKey = \"N#{n}\")",
                        "public record Note(String customerId, int n, Later later) implements Shop {}"),
                        MAKES_LATER, TRIGGER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.NoteSchema").contentsAsUtf8String()
                .contains("LaterMapping");
        assertThat(compilation).generatedSourceFile("test.ShopRepository");
    }

    @Test
    void aHierarchyWhoseEntityUsesATypeThatNeverAppearsIsReportedByJavacNotByACrash() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor())
                .compile(shopWithNote("Missing missing"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aConverterGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor(), laterConverter())
                .withOptions("-Xlint:all")
                .compile(JavaFileObjects.forSourceLines("test.Thing",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"things\")",
                        "public record Thing(@PartitionKey String id, @Converter(UpperConverter.class) String name) {}"),
                        MAKES_LATER, TRIGGER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ThingSchema").contentsAsUtf8String()
                .contains("new UpperConverter()");
    }

    @Test
    void aHierarchyWhoseEntityUsesAConverterGeneratedLaterIsWaitedFor() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor(), laterConverter())
                .withOptions("-Xlint:all")
                .compile(with(shopWithNote("@Converter(UpperConverter.class) String text"), MAKES_LATER, TRIGGER));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.NoteSchema").contentsAsUtf8String()
                .contains("new UpperConverter()");
    }

    @Test
    void aConverterThatNeverAppearsIsReportedByJavacNotByACrash() {
        Compilation record = javac().withProcessors(new GenericRepoProcessor())
                .compile(JavaFileObjects.forSourceLines("test.Thing",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"things\")",
                        "public record Thing(@PartitionKey String id, @Converter(NoSuchConverter.class) String name) {}"));
        assertThat(record).failed();
        assertThat(record).hadErrorContaining("cannot find symbol");
        assertThat(record).hadErrorCount(1);
        Compilation hierarchy = javac().withProcessors(new GenericRepoProcessor())
                .compile(shopWithNote("@Converter(NoSuchConverter.class) String text"));
        assertThat(hierarchy).failed();
        assertThat(hierarchy).hadErrorContaining("cannot find symbol");
        assertThat(hierarchy).hadErrorCount(1);
    }

    @Test
    void aTypeThatNeverAppearsIsReportedByJavacNotByACrash() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor())
                .compile(JavaFileObjects.forSourceLines("test.Thing",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"things\")",
                        "public record Thing(@PartitionKey String id, Missing missing) {}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(1);
    }
}
