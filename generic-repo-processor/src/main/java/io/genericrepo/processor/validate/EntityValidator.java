package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import io.genericrepo.processor.collect.SingleTableAnnotations.Layout;
import io.genericrepo.processor.model.KeyTemplateModel;
import io.genericrepo.processor.model.TypeModel;
import io.genericrepo.processor.model.TypeResolver;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @Entity} record of a single-table hierarchy: its components as for a
 * {@code @Table} record (types, names, TTL and version roles), no key annotations of its own, key
 * templates that name components of a type a key can hold, index templates for shared indexes
 * only, and no component stored under an attribute the table uses for keys or the type tag.
 */
final class EntityValidator {

    private static final Set<String> TTL_TYPES = Set.of("java.time.Instant", "long", "java.lang.Long");
    private static final Set<String> VERSION_TYPES = Set.of("int", "java.lang.Integer", "long", "java.lang.Long");
    private static final List<String> KEY_ANNOTATIONS = List.of(Annotations.PARTITION_KEY, Annotations.SORT_KEY,
            Annotations.INDEX_PARTITION_KEY, Annotations.INDEX_SORT_KEY);

    private final TypeResolver resolver = new TypeResolver();
    private final AttributeValidator attributes;
    private final NameClashValidator names = new NameClashValidator();

    EntityValidator(Elements elements, Types types) {
        this.attributes = new AttributeValidator(resolver, elements, types);
    }

    void validate(TypeElement record, AnnotationMirror entity, Layout layout, Map<String, String> physical,
            String hierarchy, ValidationReport report) {
        String name = record.getSimpleName().toString();
        if (!record.getTypeParameters().isEmpty()) {
            report.error(SingleTableMessage.GENERIC_ENTITY.format(name, record.getTypeParameters()), record);
        }
        List<Component> components = record.getRecordComponents().stream().map(Component::of).toList();
        Map<String, Component> byName = new HashMap<>();
        components.forEach(c -> byName.put(c.name(), c));
        for (Component c : components) {
            for (String key : KEY_ANNOTATIONS) {
                Annotations.find(c.element(), key).ifPresent(m -> report.error(SingleTableMessage.KEY_ON_ENTITY.format(
                        m.getAnnotationType().asElement().getSimpleName(), c.name(), name), c.element(), m));
            }
            String role = physical.get(c.attributeName());
            if (role != null) {
                report.error(SingleTableMessage.KEY_ATTRIBUTE_CLASH.format(c.name(), name, c.attributeName(), role,
                        hierarchy), c.element());
            }
        }
        Set<String> keyComponents = new LinkedHashSet<>();
        keyComponents.addAll(template(record, entity, entity, "partitionKey", byName, report));
        keyComponents.addAll(template(record, entity, entity, "sortKey", byName, report));
        if (keyComponents.isEmpty()) {
            report.error(SingleTableMessage.NO_KEY_COMPONENT.format(name, SingleTableAnnotations.string(entity,
                    "partitionKey"), SingleTableAnnotations.string(entity, "sortKey")), record, entity);
        }
        Set<String> allKeyComponents = new HashSet<>(keyComponents);
        checkIndexKeys(record, entity, layout, byName, allKeyComponents, report);
        for (String component : allKeyComponents) {
            checkKeyComponentType(byName.get(component), name, report);
        }
        attributes.validate(name, components, report);
        names.validate(record, components, report);
        checkRole(name, components, Component::ttl, TTL_TYPES, Message.TTL_TYPE, Message.DUPLICATE_TTL,
                Message.TTL_ON_KEY, allKeyComponents, report);
        checkRole(name, components, Component::version, VERSION_TYPES, Message.VERSION_TYPE, Message.DUPLICATE_VERSION,
                Message.VERSION_ON_KEY, allKeyComponents, report);
    }

    /** @return the components a template names that exist */
    private static List<String> template(TypeElement element, AnnotationMirror owner, AnnotationMirror entity,
            String member, Map<String, Component> byName, ValidationReport report) {
        String record = element.getSimpleName().toString();
        AnnotationValue value = Annotations.value(owner, member);
        String template = (String) value.getValue();
        List<String> found = KeyTemplateModel.placeholders(template);
        for (String placeholder : found) {
            if (!byName.containsKey(placeholder)) {
                report.error(SingleTableMessage.UNKNOWN_PLACEHOLDER.format(member, template, record, placeholder, record,
                        byName.keySet().stream().sorted().toList()), element, entity, owner == entity ? value : null);
            }
        }
        return found.stream().filter(byName::containsKey).toList();
    }

    private void checkIndexKeys(TypeElement record, AnnotationMirror entity, Layout layout, Map<String, Component> byName,
            Set<String> keyComponents, ValidationReport report) {
        String name = record.getSimpleName().toString();
        Map<String, AnnotationMirror> shared = new HashMap<>();
        layout.indexes().forEach(i -> shared.put(SingleTableAnnotations.string(i, "name"), i));
        Set<String> seen = new HashSet<>();
        for (AnnotationMirror keys : SingleTableAnnotations.mirrors(entity, "indexKeys")) {
            String index = SingleTableAnnotations.string(keys, "index");
            AnnotationMirror declared = shared.get(index);
            if (declared == null) {
                report.error(SingleTableMessage.UNKNOWN_SHARED_INDEX.format(index, name,
                        shared.keySet().stream().sorted().toList()), record, entity);
                continue;
            }
            if (!seen.add(index)) {
                report.error(SingleTableMessage.DUPLICATE_INDEX_KEYS.format(name, index), record, entity);
            }
            String indexSortKey = SingleTableAnnotations.string(declared, "sortKey");
            boolean hasSortTemplate = !SingleTableAnnotations.string(keys, "sortKey").isEmpty();
            if (!indexSortKey.isEmpty() && !hasSortTemplate) {
                report.error(SingleTableMessage.MISSING_INDEX_SORT_TEMPLATE.format(index, name, indexSortKey), record,
                        entity);
            } else if (indexSortKey.isEmpty() && hasSortTemplate) {
                report.error(SingleTableMessage.EXTRA_INDEX_SORT_TEMPLATE.format(index, name), record, entity);
            }
            keyComponents.addAll(template(record, keys, entity, "partitionKey", byName, report));
            if (hasSortTemplate) {
                keyComponents.addAll(template(record, keys, entity, "sortKey", byName, report));
            }
        }
    }

    private void checkKeyComponentType(Component c, String record, ValidationReport report) {
        TypeModel model = c.converter() != null ? null : resolver.resolve(c, c.name()).model();
        if (!hasKeyPart(model)) {
            report.error(SingleTableMessage.KEY_COMPONENT_TYPE.format(c.name(), record, c.type()), c.element());
        }
    }

    /** The types {@code KeyParts} writes into a key: see {@code EntitySchemaEmitter}. */
    static boolean hasKeyPart(TypeModel model) {
        if (model instanceof TypeModel.EnumType) {
            return true;
        }
        if (model instanceof TypeModel.Scalar s) {
            return switch (s.kind()) {
                case STRING, INTEGER, LONG, INSTANT, LOCAL_DATE, UUID, BOOLEAN -> true;
                default -> false;
            };
        }
        return false;
    }

    private static void checkRole(String record, List<Component> components, Function<Component, AnnotationMirror> mark,
            Set<String> allowed, Message typeMessage, Message duplicate, Message onKey, Set<String> keyComponents,
            ValidationReport report) {
        List<Component> marked = components.stream().filter(c -> mark.apply(c) != null).toList();
        String names = marked.stream().map(Component::name).collect(Collectors.joining(", "));
        for (int i = 0; i < marked.size(); i++) {
            Component c = marked.get(i);
            if (i > 0) {
                report.error(duplicate.format(record, names).replace("@Table record", "@Entity record"), c.element(),
                        mark.apply(c));
            }
            if (!allowed.contains(c.type().toString())) {
                report.error(typeMessage.format(c.name(), c.type()), c.element(), mark.apply(c));
            }
            if (keyComponents.contains(c.name())) {
                report.error(onKey.format(c.name()), c.element(), mark.apply(c));
            }
        }
    }
}
