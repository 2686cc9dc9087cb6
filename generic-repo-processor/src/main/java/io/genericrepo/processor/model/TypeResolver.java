package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.collect.Access;
import io.genericrepo.processor.collect.Unicode;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides how each Java type is stored, walking into lists, sets, maps, optionals and nested
 * records. Finds every problem on the way, with the path where it is ({@code shipTo.location}),
 * and notices types not generated yet so that the record can be deferred.
 */
public final class TypeResolver {

    private static final Map<String, ScalarKind> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Integer", ScalarKind.INTEGER),
            Map.entry("java.lang.Long", ScalarKind.LONG),
            Map.entry("java.lang.Short", ScalarKind.SHORT),
            Map.entry("java.lang.Byte", ScalarKind.BYTE),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry("java.util.UUID", ScalarKind.UUID),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE));

    /** Creates a resolver; it keeps no state between components. */
    public TypeResolver() {}

    /**
     * A problem found while resolving.
     *
     * @param path where, such as {@code shipTo.location}
     * @param type the type found there
     * @param reason why it cannot be stored and what to do
     * @param recursive true when a record contains itself
     */
    public record Problem(String path, String type, String reason, boolean recursive) {}

    /**
     * The outcome for one component.
     *
     * @param model how it is stored, or null when there are problems or it must wait
     * @param problems what cannot be stored
     * @param deferred true when a type is not generated yet
     */
    public record Resolution(TypeModel model, List<Problem> problems, boolean deferred) {}

    /**
     * @param component a component of a {@code @Table} or nested record
     * @param path its path from the {@code @Table} record
     * @return how it is stored
     */
    public Resolution resolve(Component component, String path) {
        return resolve(component, path, new ArrayDeque<>());
    }

    private Resolution resolve(Component component, String path, Deque<String> records) {
        Walk walk = new Walk(records);
        TypeModel model;
        if (component.converter() != null) {
            TypeMirror converter = Annotations.classValue(component.converter());
            if (converter == null) { // not generated yet, or missing: javac reports it if it never appears
                return new Resolution(null, List.of(), true);
            }
            model = new TypeModel.Custom(converterClass(converter), TypeName.get(component.type()).box());
        } else if (component.ttl() != null && isInstant(component.type())) {
            model = new TypeModel.Scalar(ScalarKind.EPOCH_SECONDS, ClassName.get("java.time", "Instant"));
        } else {
            model = walk.type(component.type(), path, true);
        }
        boolean ok = walk.problems.isEmpty() && !walk.deferred;
        return new Resolution(ok ? model : null, List.copyOf(walk.problems), walk.deferred);
    }

    private static ClassName converterClass(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? ClassName.get((TypeElement) ((DeclaredType) type).asElement())
                : ClassName.get("java.lang", "Object");
    }

    private static boolean isInstant(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.time.Instant");
    }

    /** One walk over a component's type, collecting problems. */
    private final class Walk {
        private final Deque<String> records;
        private final List<Problem> problems = new ArrayList<>();
        private boolean deferred;

        Walk(Deque<String> records) {
            this.records = records;
        }

        TypeModel type(TypeMirror type, String path, boolean topLevel) {
            switch (type.getKind()) {
                case BOOLEAN: return scalar(ScalarKind.BOOLEAN, type);
                case INT: return scalar(ScalarKind.INTEGER, type);
                case LONG: return scalar(ScalarKind.LONG, type);
                case SHORT: return scalar(ScalarKind.SHORT, type);
                case BYTE: return scalar(ScalarKind.BYTE, type);
                case FLOAT: return scalar(ScalarKind.FLOAT, type);
                case DOUBLE: return scalar(ScalarKind.DOUBLE, type);
                case ERROR:
                    deferred = true;
                    return null;
                case ARRAY:
                    if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                        return new TypeModel.Scalar(ScalarKind.BYTES, TypeName.get(type));
                    }
                    return unsupported(path, type, "arrays other than byte[] are not mapped; use List<...>");
                case DECLARED:
                    return declared((DeclaredType) type, path, topLevel);
                default:
                    return unsupported(path, type, "it has no mapping; use a supported type or @Converter");
            }
        }

        private TypeModel scalar(ScalarKind kind, TypeMirror type) {
            return new TypeModel.Scalar(kind, TypeName.get(type).box());
        }

        private TypeModel declared(DeclaredType type, String path, boolean topLevel) {
            TypeElement element = (TypeElement) type.asElement();
            String name = element.getQualifiedName().toString();
            ScalarKind scalar = SCALARS.get(name);
            if (scalar != null) {
                return scalar(scalar, type);
            }
            if (element.getKind() == ElementKind.ENUM) {
                if (Access.privateOne(element) != null) {
                    return unsupported(path, type, Access.reason(element, "enum"));
                }
                return new TypeModel.EnumType(ClassName.get(element));
            }
            List<? extends TypeMirror> args = type.getTypeArguments();
            switch (name) {
                case "java.util.List":
                    TypeModel element1 = argument(args, 0, path + "[]");
                    return element1 == null ? null : new TypeModel.ListOf(element1, TypeName.get(type));
                case "java.util.Set":
                    return set(type, args, path);
                case "java.util.Map":
                    return map(type, args, path);
                case "java.util.Optional":
                    if (!topLevel) {
                        return unsupported(path, type, "Optional is only mapped as a component's own type, not inside"
                                + " a collection; use the element type and null");
                    }
                    TypeModel content = argument(args, 0, path);
                    return content == null ? null : new TypeModel.OptionalOf(content, TypeName.get(type));
                default:
                    break;
            }
            if (element.getKind() == ElementKind.RECORD) {
                return record(element, type, path);
            }
            return unsupported(path, type, "it has no mapping; use a supported type or @Converter");
        }

        private TypeModel argument(List<? extends TypeMirror> args, int i, String path) {
            if (args.size() <= i) {
                return unsupported(path, null, "a raw collection type has no element type; add its type argument");
            }
            TypeMirror arg = args.get(i);
            if (arg.getKind() == TypeKind.WILDCARD || arg.getKind() == TypeKind.TYPEVAR) {
                return unsupported(path, arg, "wildcards and type variables are not mapped; use a concrete type");
            }
            return type(arg, path, false);
        }

        private TypeModel set(DeclaredType type, List<? extends TypeMirror> args, String path) {
            TypeModel element = argument(args, 0, path + "[]");
            if (element == null) {
                return null;
            }
            String key = element.keyType();
            if ("S".equals(key) && !(element instanceof TypeModel.Scalar s && s.kind() == ScalarKind.BYTES)) {
                return new TypeModel.SetOf(element, false, TypeName.get(type));
            }
            if ("N".equals(key)) {
                return new TypeModel.SetOf(element, true, TypeName.get(type));
            }
            return unsupported(path, type, "a set must hold strings or numbers (stored as SS or NS); use List<...>");
        }

        private TypeModel map(DeclaredType type, List<? extends TypeMirror> args, String path) {
            if (args.size() == 2 && !(args.get(0).getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) args.get(0)).asElement()).getQualifiedName()
                            .contentEquals("java.lang.String"))) {
                return unsupported(path, type, "map keys must be String, as DynamoDB map keys are strings");
            }
            TypeModel value = argument(args, 1, path + ".*");
            return value == null ? null : new TypeModel.MapOf(value, TypeName.get(type));
        }

        private TypeModel record(TypeElement element, DeclaredType type, String path) {
            String name = element.getQualifiedName().toString();
            if (!element.getTypeParameters().isEmpty()) {
                return unsupported(path, type, "generic records are not mapped; use a concrete record");
            }
            if (Access.privateOne(element) != null) {
                return unsupported(path, type, Access.reason(element, "record"));
            }
            if (records.contains(name)) {
                problems.add(new Problem(path, name, "", true));
                return null;
            }
            records.push(name);
            Map<String, String> attributeNames = new HashMap<>();
            for (RecordComponentElement c : element.getRecordComponents()) {
                Component component = Component.of(c);
                String componentPath = path + "." + c.getSimpleName();
                String attribute = component.attributeName();
                String clash = attributeNames.putIfAbsent(attribute, component.name());
                if (attribute.isEmpty()) {
                    problems.add(new Problem(componentPath, name, "@Attribute(name = \"\") must not be empty", false));
                } else if (Unicode.unpairedSurrogate(attribute) != null) {
                    problems.add(new Problem(componentPath, name, "its attribute name holds an unpaired surrogate ("
                            + Unicode.unpairedSurrogate(attribute) + "), which is not Unicode text", false));
                } else if (clash != null) {
                    problems.add(new Problem(componentPath, name, "it is stored as attribute \"" + attribute
                            + "\", as " + clash + " is; give each its own name with @Attribute(name = ...)", false));
                }
                Resolution inner = resolve(component, componentPath, records);
                problems.addAll(inner.problems());
                deferred |= inner.deferred();
            }
            records.pop();
            return new TypeModel.RecordRef(ClassName.get(element));
        }

        private TypeModel unsupported(String path, TypeMirror type, String reason) {
            problems.add(new Problem(path, type == null ? "?" : type.toString(), reason, false));
            return null;
        }
    }
}
