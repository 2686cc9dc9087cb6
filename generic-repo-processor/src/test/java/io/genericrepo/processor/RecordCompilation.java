package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles a record with the processor and asserts on the errors, so that each compile-time check
 * reads like its rule:
 *
 * <pre>{@code
 * assertThatRecord("@PartitionKey String customerId", "@PartitionKey String orderId")
 *     .hasError("[DuplicatePartitionKey]")
 *     .onLineContaining("@PartitionKey String orderId");
 * }</pre>
 */
final class RecordCompilation {

    static final String HEADER = String.join("\n",
            "package test;",
            "",
            "import io.genericrepo.annotations.*;",
            "import java.math.*;",
            "import java.time.*;",
            "import java.util.*;",
            "");

    private final JavaFileObject source;
    private final Compilation compilation;

    private RecordCompilation(JavaFileObject source, JavaFileObject... others) {
        this.source = source;
        List<JavaFileObject> all = new ArrayList<>(List.of(source));
        all.addAll(List.of(others));
        this.compilation = javac().withProcessors(new GenericRepoProcessor())
                .withOptions("-Xlint:all").compile(all);
    }

    /**
     * @param components the record's components, one per line
     * @return the compilation of {@code @Table(name = "things") record Thing(...)}
     */
    static RecordCompilation assertThatRecord(String... components) {
        return assertThatTable("@Table(name = \"things\")", components);
    }

    /**
     * @param table the {@code @Table} annotation as written
     * @param components the record's components, one per line
     * @return the compilation
     */
    static RecordCompilation assertThatTable(String table, String... components) {
        return assertThatSource(table + "\npublic record Thing(\n        "
                + String.join(",\n        ", components) + ") {}\n");
    }

    /**
     * @param body the source of {@code test.Thing} after the imports
     * @param others more source files
     * @return the compilation
     */
    static RecordCompilation assertThatSource(String body, JavaFileObject... others) {
        return new RecordCompilation(JavaFileObjects.forSourceString("test.Thing", HEADER + body), others);
    }

    /** The compilation, for assertions of its own. */
    Compilation compilation() {
        return compilation;
    }

    /**
     * @param message a part of the error, at least its tag
     * @return a place to say on which line
     */
    Line hasError(String message) {
        assertThat(compilation).failed();
        return text -> assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(text);
    }

    /**
     * @param count how many errors
     * @return this
     */
    RecordCompilation hasErrorCount(int count) {
        assertThat(compilation).hadErrorCount(count);
        return this;
    }

    /** Asserts success with no warning at all under {@code -Xlint:all}. */
    void compilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Where an error must be. */
    interface Line {
        /**
         * @param text a text that stands on exactly one line of the source
         */
        void onLineContaining(String text);
    }
}
