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
import org.junit.jupiter.api.Test;

/** A record that uses a type another processor generates later is deferred, not broken. */
class DeferralTest {

    /**
     * Generates {@code test.Later}, a record, when it meets its own annotation {@code @MakesLater},
     * as a real generator such as AutoValue is triggered by its own annotation.
     */
    static final class GeneratesLater extends AbstractProcessor {
        private boolean done;

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
                try (Writer out = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                    out.write("package test;\npublic record Later(String note, int count) {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }
    }

    @Test
    void aTypeGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac().withProcessors(new GenericRepoProcessor(), new GeneratesLater())
                .withOptions("-Xlint:all")
                .compile(JavaFileObjects.forSourceLines("test.Thing",
                        "package test;",
                        "import io.genericrepo.annotations.*;",
                        "@Table(name = \"things\")",
                        "public record Thing(@PartitionKey String id, Later later) {}"),
                        JavaFileObjects.forSourceLines("test.MakesLater", "package test;", "@interface MakesLater {}"),
                        JavaFileObjects.forSourceLines("test.Trigger", "package test;", "@MakesLater class Trigger {}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ThingSchema").contentsAsUtf8String()
                .contains("LaterMapping");
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
