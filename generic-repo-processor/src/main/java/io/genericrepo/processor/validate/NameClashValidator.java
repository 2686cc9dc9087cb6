package io.genericrepo.processor.validate;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.collect.Annotations.Named;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.GeneratedNames;
import io.genericrepo.processor.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reports a component or index whose name would collide with a name in the generated metamodel
 * {@code X_}, where the user refers to it by that name: a component named {@code SCHEMA} or like an
 * index constant, two indexes with one constant, and a component (of the record or of a record
 * nested in it) named like a type the metamodel names in an expression, which the field would
 * hide. Generated names users never write ({@code PATHS}, the schema's converter constants) are
 * renamed by the model instead.
 */
final class NameClashValidator {

    /** One index, where it is first declared. */
    private record Declared(Component component, AnnotationMirror annotation, Named name) {}

    void validate(TypeElement record, List<Component> components, ValidationReport report) {
        ClassName name = ClassName.get(record);
        String metamodel = GeneratedNames.type(name, GeneratedNames.Role.METAMODEL).simpleName();
        ClassName schema = GeneratedNames.type(name, GeneratedNames.Role.SCHEMA);
        Map<String, String> constants = indexConstants(metamodel, components, report);
        for (Component c : components) {
            if (c.name().equals(GeneratedNames.SCHEMA)) {
                report.error(Message.RESERVED_COMPONENT_NAME.format(c.name(), name.simpleName(), metamodel,
                        c.name(), "the schema", c.attributeName()), c.element());
            } else if (constants.containsKey(c.name())) {
                report.error(Message.RESERVED_COMPONENT_NAME.format(c.name(), name.simpleName(), metamodel,
                        c.name(), "index \"" + constants.get(c.name()) + "\"", c.attributeName()), c.element());
            }
            Hiding hiding = new Hiding(name.simpleName(), metamodel, schema, c, report);
            hiding.check(c, c.name(), GeneratedNames.METAMODEL_EXPRESSION_TYPES);
            if (c.converter() == null) {
                nestedComponents(c.type(), c.name(), new HashSet<>(),
                        (path, nested) -> hiding.check(nested, path, GeneratedNames.PATH_CLASS_EXPRESSION_TYPES));
            }
        }
    }

    /** The index constants by name, reporting two indexes with one constant and the one named SCHEMA. */
    private static Map<String, String> indexConstants(String metamodel, List<Component> components,
            ValidationReport report) {
        Map<String, Declared> indexes = new TreeMap<>(); // sorted, as the model orders them
        for (Component c : components) {
            c.indexPartitionKeys().forEach(n -> indexes.putIfAbsent(n.name(), new Declared(c, c.indexPartitionKey(), n)));
            c.indexSortKeys().forEach(n -> indexes.putIfAbsent(n.name(), new Declared(c, c.indexSortKey(), n)));
        }
        Map<String, String> byConstant = new LinkedHashMap<>();
        indexes.forEach((index, declared) -> {
            if (!RecordValidator.NAME.matcher(index).matches()) {
                return; // reported as an invalid name
            }
            String constant = Names.constant(index);
            String taken = byConstant.putIfAbsent(constant, index);
            if (constant.equals(GeneratedNames.SCHEMA)) {
                error(report, declared, Message.INDEX_CONSTANT_RESERVED.format(index, metamodel, constant, "the schema"));
            } else if (taken != null) {
                error(report, declared, Message.INDEX_CONSTANT_CLASH.format(taken, index, metamodel, constant));
            }
        });
        return byConstant;
    }

    private static void error(ValidationReport report, Declared declared, String message) {
        report.error(message, declared.component().element(), declared.annotation(), declared.name().value());
    }

    /**
     * Reports a component named like a type the metamodel names in an expression; a nested
     * record's component is reported on the {@code @Table} record's component that holds it.
     */
    private record Hiding(String record, String metamodel, ClassName schema, Component reportOn,
            ValidationReport report) {

        void check(Component component, String path, List<ClassName> types) {
            List<ClassName> hidden = new ArrayList<>(types);
            hidden.add(schema);
            for (ClassName type : hidden) {
                if (type.simpleName().equals(component.name())) {
                    report.error(Message.COMPONENT_HIDES_TYPE.format(path, record, type.canonicalName(), metamodel,
                            component.attributeName()), reportOn.element());
                }
            }
        }
    }

    /** Calls back with each component of each record in the type, at any depth, with its path. */
    private static void nestedComponents(TypeMirror type, String path, Set<String> seen,
            BiConsumer<String, Component> each) {
        if (type.getKind() != TypeKind.DECLARED) {
            return;
        }
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
            nestedComponents(argument, path, seen, each); // List<Address>, Map<String, Address>, Optional<Address>
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() != ElementKind.RECORD || !seen.add(element.getQualifiedName().toString())) {
            return;
        }
        for (RecordComponentElement e : element.getRecordComponents()) {
            Component nested = Component.of(e);
            String nestedPath = path + "." + nested.name();
            each.accept(nestedPath, nested);
            if (nested.converter() == null) {
                nestedComponents(nested.type(), nestedPath, seen, each);
            }
        }
    }
}
