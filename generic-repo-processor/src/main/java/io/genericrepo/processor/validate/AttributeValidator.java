package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Access;
import io.genericrepo.processor.collect.Unicode;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks attribute names, that every component's type can be stored, and {@code @Converter} classes. */
final class AttributeValidator {

    private static final String CONVERTER_INTERFACE = "io.genericrepo.AttributeConverter";

    private final TypeResolver resolver;
    /** The longest name of a key attribute, of the table or an index, that DynamoDB accepts. */
    private static final int MAX_KEY_NAME = 255;

    private final Elements elements;
    private final Types types;

    AttributeValidator(TypeResolver resolver, Elements elements, Types types) {
        this.resolver = resolver;
        this.elements = elements;
        this.types = types;
    }

    void validate(String record, List<Component> components, ValidationReport report) {
        Map<String, List<Component>> byAttribute = new LinkedHashMap<>();
        for (Component c : components) {
            if (c.attribute() != null && c.attributeName().isEmpty()) {
                report.error(Message.EMPTY_ATTRIBUTE_NAME.format(), c.element(), c.attribute(),
                        Annotations.value(c.attribute(), "name"));
                continue;
            }
            byAttribute.computeIfAbsent(c.attributeName(), k -> new ArrayList<>()).add(c);
            String surrogate = Unicode.unpairedSurrogate(c.attributeName());
            if (surrogate != null) { // only @Attribute can hold one: Java identifiers cannot
                report.error(Message.ATTRIBUTE_NAME_SURROGATE.format(c.name(), surrogate), c.element(), c.attribute(),
                        Annotations.value(c.attribute(), "name"));
            }
            boolean key = c.isKey() || !c.indexPartitionKeys().isEmpty() || !c.indexSortKeys().isEmpty();
            if (key && c.attributeName().length() > MAX_KEY_NAME) {
                String shown = c.attributeName().substring(0, 40) + "...";
                String message = Message.KEY_ATTRIBUTE_NAME_LENGTH.format(c.name(), shown, c.attributeName().length());
                if (c.attribute() != null) {
                    report.error(message, c.element(), c.attribute(), Annotations.value(c.attribute(), "name"));
                } else {
                    report.error(message, c.element());
                }
            }
        }
        byAttribute.forEach((attribute, sharing) -> {
            String names = sharing.stream().map(Component::name).collect(Collectors.joining(", "));
            for (Component c : sharing.subList(1, sharing.size())) {
                if (c.attribute() != null) {
                    report.error(Message.DUPLICATE_ATTRIBUTE.format(names, record, attribute), c.element(),
                            c.attribute(), Annotations.value(c.attribute(), "name"));
                } else {
                    report.error(Message.DUPLICATE_ATTRIBUTE.format(names, record, attribute), c.element());
                }
            }
        });
        for (Component c : components) {
            if (c.converter() != null) {
                checkConverter(c, report);
            } else if (c.ttl() == null && c.version() == null) { // those have their own type checks
                for (TypeResolver.Problem p : resolver.resolve(c, c.name()).problems()) {
                    report.error(p.recursive() ? Message.RECURSIVE_RECORD.format(p.path(), p.type())
                            : Message.UNSUPPORTED_TYPE.format(p.path(), p.type(), p.reason()), c.element());
                }
            }
        }
    }

    private void checkConverter(Component c, ValidationReport report) {
        AnnotationValue value = Annotations.value(c.converter(), "value");
        TypeMirror converter = Annotations.classValue(c.converter());
        if (converter == null) {
            return; // the record waits for it (mustDefer); javac reports a class that never appears
        }
        String problem = converterProblem(converter, c.type());
        if (problem != null) {
            String simple = converter.getKind() == TypeKind.DECLARED
                    ? ((DeclaredType) converter).asElement().getSimpleName().toString() : converter.toString();
            report.error(Message.CONVERTER_CLASS.format(simple, c.name(), problem), c.element(), c.converter(), value);
        }
    }

    private String converterProblem(TypeMirror converter, TypeMirror componentType) {
        TypeElement iface = elements.getTypeElement(CONVERTER_INTERFACE);
        if (iface == null) {
            return "cannot be checked: " + CONVERTER_INTERFACE + " is not on the classpath; add generic-repo-runtime";
        }
        if (converter.getKind() != TypeKind.DECLARED) {
            return "must name a class";
        }
        TypeElement type = (TypeElement) ((DeclaredType) converter).asElement();
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "must name a concrete class";
        }
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            return "must name a public class";
        }
        if (Access.privateOne(type) != null) {
            return "must name a class that generated code can reach, but " + Access.reason(type, "class");
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return "must name a static nested class (an inner class needs an instance of "
                    + type.getEnclosingElement().getSimpleName() + "); declare it static";
        }
        boolean noArgs = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(k -> k.getParameters().isEmpty() && k.getModifiers().contains(Modifier.PUBLIC));
        if (!noArgs) {
            return "must have a public constructor without parameters";
        }
        TypeMirror boxed = componentType.getKind().isPrimitive()
                ? types.boxedClass(types.getPrimitiveType(componentType.getKind())).asType() : componentType;
        TypeMirror converted = convertedType(converter, iface);
        if (converted == null) {
            return "must implement " + CONVERTER_INTERFACE + "<" + boxed + ">";
        }
        if (!types.isSameType(converted, boxed)) {
            return "converts " + converted + ", but the component is " + boxed
                    + "; implement AttributeConverter<" + boxed + ">";
        }
        return null;
    }

    /** The {@code T} of {@code AttributeConverter<T>} among the type's supertypes, or null. */
    private TypeMirror convertedType(TypeMirror type, TypeElement iface) {
        if (types.isSameType(types.erasure(type), types.erasure(iface.asType()))) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            return args.isEmpty() ? null : args.get(0);
        }
        for (TypeMirror s : types.directSupertypes(type)) {
            TypeMirror found = convertedType(s, iface);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
