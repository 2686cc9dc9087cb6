package io.genericrepo.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Unicode;
import io.genericrepo.processor.model.FileSettings;
import io.genericrepo.processor.validate.Message;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
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
    static final String PROCESSOR = Annotations.PROCESSOR;

    private final Filer filer;
    private final Messager messager;

    /**
     * @param filer the compiler's filer
     * @param messager where to report a type that cannot be created
     */
    public SourceWriter(Filer filer, Messager messager) {
        this.filer = filer;
        this.messager = messager;
    }

    /**
     * @param packageName the record's package
     * @param type the generated type
     * @param origin the {@code @Table} record it comes from
     */
    public void write(String packageName, TypeSpec type, Element origin) {
        String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
        JavaFile source = toFile(packageName, type);
        String surrogate = Unicode.unpairedSurrogate(source.toString());
        if (surrogate != null) { // the checks catch attribute names; this catches any other annotation text
            messager.printMessage(Kind.ERROR, Message.UNPAIRED_SURROGATE.format(origin.getSimpleName(), surrogate,
                    name), origin);
            return;
        }
        JavaFileObject file;
        try {
            file = filer.createSourceFile(name, origin); // one origin: isolating
        } catch (FilerException e) { // a type of that name was generated already, by another processor
            messager.printMessage(Kind.ERROR, Message.GENERATED_TYPE_NOT_WRITTEN.format(origin.getSimpleName(), name,
                    e.getMessage()), origin);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + name, e);
        }
        try (Writer out = file.openWriter()) {
            source.writeTo(out);
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

    /**
     * @param settings what the code around the file asks of it
     * @return {@code @Generated("io.genericrepo.processor.GenericRepoProcessor")}, and
     *     {@code @SuppressWarnings} for the user's deprecated types that the file names
     */
    static List<AnnotationSpec> annotations(FileSettings settings) {
        Set<String> suppressed = settings.suppressedWarnings();
        if (suppressed.isEmpty()) {
            return List.of(generated());
        }
        CodeBlock names = suppressed.stream().map(w -> CodeBlock.of("$S", w))
                .collect(CodeBlock.joining(", ", suppressed.size() == 1 ? "" : "{", suppressed.size() == 1 ? "" : "}"));
        return List.of(generated(), AnnotationSpec.builder(SuppressWarnings.class).addMember("value", names).build());
    }

    /**
     * @param settings what the code around the file asks of it
     * @return the simple names the file writes qualified: {@code java.lang} names that a type of
     *     the package hides
     */
    static String[] qualified(FileSettings settings) {
        return settings.qualifiedNames().toArray(String[]::new);
    }

    /** @return {@code @Generated("io.genericrepo.processor.GenericRepoProcessor")}, which every emitter adds */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
