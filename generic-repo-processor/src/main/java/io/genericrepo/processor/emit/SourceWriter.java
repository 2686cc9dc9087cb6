package io.genericrepo.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes generated types through the {@link Filer}, each with the one record it comes from, which
 * makes the processor isolating. Emitters add {@link #generated()} (without a date, so output is
 * deterministic).
 */
public final class SourceWriter {

    /** {@code javax.annotation.processing.Generated}. */
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    /** The processor's name in {@code @Generated}. */
    static final String PROCESSOR = "io.genericrepo.processor.GenericRepoProcessor";

    private final Filer filer;

    /**
     * @param filer the compiler's filer
     */
    public SourceWriter(Filer filer) {
        this.filer = filer;
    }

    /**
     * @param packageName the record's package
     * @param type the generated type
     * @param origin the {@code @Table} record it comes from
     */
    public void write(String packageName, TypeSpec type, Element origin) {
        String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
        try {
            JavaFileObject file = filer.createSourceFile(name, origin); // one origin: isolating
            try (Writer out = file.openWriter()) {
                toFile(packageName, type).writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + name, e);
        }
    }

    /**
     * @param packageName the package
     * @param type the generated type
     * @return the file, as written
     */
    public static JavaFile toFile(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent("    ").skipJavaLangImports(true).build();
    }

    /** @return {@code @Generated("io.genericrepo.processor.GenericRepoProcessor")}, which every emitter adds */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
