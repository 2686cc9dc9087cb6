package io.genericrepo.processor.model;

import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link FileSettings} of a {@code @Table} record or sealed interface. Deprecation is
 * looked for in everything generated code names: the types themselves and the types enclosing
 * them, the records' canonical constructors and accessors, the component types at any depth
 * (type arguments, arrays, nested records) and {@code @Converter} classes with their constructors.
 */
public final class FileSettingsFactory {

    private final Elements elements;

    /**
     * @param elements the compiler's elements
     */
    public FileSettingsFactory(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param origin a {@code @Table} record or a sealed {@code @Table} interface
     * @return how to write its generated files
     */
    public FileSettings of(TypeElement origin) {
        Set<String> suppressed = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        visit(origin, suppressed, seen);
        if (origin.getKind() == ElementKind.INTERFACE) {
            for (TypeMirror permitted : origin.getPermittedSubclasses()) {
                type(permitted, suppressed, seen);
            }
        }
        return new FileSettings(shadowedJavaLang(elements.getPackageOf(origin)), suppressed);
    }

    /** The simple names of the package's types that are also names of {@code java.lang} types. */
    private Set<String> shadowedJavaLang(PackageElement pkg) {
        Set<String> names = new TreeSet<>();
        for (Element e : pkg.getEnclosedElements()) {
            String name = e.getSimpleName().toString();
            if (elements.getTypeElement("java.lang." + name) != null) {
                names.add(name);
            }
        }
        return names;
    }

    private void type(TypeMirror type, Set<String> suppressed, Set<String> seen) {
        if (type.getKind() == TypeKind.ARRAY) {
            type(((ArrayType) type).getComponentType(), suppressed, seen);
        } else if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            declared.getTypeArguments().forEach(argument -> type(argument, suppressed, seen));
            visit((TypeElement) declared.asElement(), suppressed, seen);
        }
    }

    private void visit(TypeElement type, Set<String> suppressed, Set<String> seen) {
        if (!seen.add(type.getQualifiedName().toString())) {
            return;
        }
        noteType(type, suppressed);
        if (type.getKind() != ElementKind.RECORD) {
            return; // an enum's or a JDK type's members are not called by generated code
        }
        ElementFilter.constructorsIn(type.getEnclosedElements()).forEach(c -> note(c, suppressed));
        for (RecordComponentElement c : type.getRecordComponents()) {
            if (c.getAccessor() != null) {
                note(c.getAccessor(), suppressed);
            }
            Component component = Component.of(c);
            TypeMirror converter = component.converter() == null ? null : Annotations.classValue(component.converter());
            if (converter != null && converter.getKind() == TypeKind.DECLARED) {
                TypeElement converterClass = (TypeElement) ((DeclaredType) converter).asElement();
                noteType(converterClass, suppressed);
                for (ExecutableElement constructor : ElementFilter.constructorsIn(converterClass.getEnclosedElements())) {
                    note(constructor, suppressed);
                }
            }
            type(c.asType(), suppressed, seen);
        }
    }

    /** The type and the types enclosing it. */
    private void noteType(TypeElement type, Set<String> suppressed) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            note(e, suppressed);
        }
    }

    private void note(Element element, Set<String> suppressed) {
        Deprecated deprecated = element.getAnnotation(Deprecated.class);
        if (deprecated != null || elements.isDeprecated(element)) {
            suppressed.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
        }
    }
}
