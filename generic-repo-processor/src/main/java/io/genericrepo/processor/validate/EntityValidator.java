package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import io.genericrepo.processor.collect.SingleTableAnnotations.Layout;
import io.genericrepo.processor.model.TemplateModel;
import io.genericrepo.processor.model.TypeResolver;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** @return the entity's table key templates, for the overlap check, or null when one is invalid */
    TemplateValidator.EntityKeys validate(TypeElement record, AnnotationMirror entity, Layout layout,
            Map<String, String> physical, String hierarchy, ValidationReport report) {
        TemplateValidator.EntityKeys overlaps = null;
        String name = record.getSimpleName().toString();
        Annotations.find(record, Annotations.TABLE).ifPresent(table -> report.error(
                SingleTableMessage.ENTITY_WITH_TABLE.format(name, hierarchy), record, table));
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
        Optional<TemplateModel> pk = template(record, entity, entity, "partitionKey", layout.partitionKey(), false, report);
        Optional<TemplateModel> sk = template(record, entity, entity, "sortKey", layout.sortKey(), true, report);
        Set<String> keyComponents = new LinkedHashSet<>();
        pk.ifPresent(t -> keyComponents.addAll(t.components()));
        sk.ifPresent(t -> keyComponents.addAll(t.components()));
        if (pk.isPresent() && sk.isPresent() && keyComponents.isEmpty()) {
            report.error(SingleTableMessage.NO_KEY_COMPONENT.format(name, SingleTableAnnotations.string(entity,
                    "partitionKey"), SingleTableAnnotations.string(entity, "sortKey")), record, entity);
        }
        Set<String> allKeyComponents = new HashSet<>(keyComponents);
        checkIndexKeys(record, entity, layout, allKeyComponents, byName, report);
        for (String component : allKeyComponents) {
            Component c = byName.get(component);
            if (c.converter() != null) {
                report.error(SingleTableMessage.KEY_COMPONENT_CONVERTER.format(c.name(), name, c.type()), c.element(),
                        c.converter());
            }
        }
        if (pk.isPresent() && sk.isPresent()) {
            overlaps = new TemplateValidator.EntityKeys(name, pk.get(), sk.get(),
                    new TemplateValidator.Site(record, entity, null));
        }
        attributes.validate(name, components, report);
        names.validate(record, components, report);
        checkRole(name, components, Component::ttl, TTL_TYPES, Message.TTL_TYPE, Message.DUPLICATE_TTL,
                Message.TTL_ON_KEY, allKeyComponents, report);
        checkRole(name, components, Component::version, VERSION_TYPES, Message.VERSION_TYPE, Message.DUPLICATE_VERSION,
                Message.VERSION_ON_KEY, allKeyComponents, report);
        return overlaps;
    }

    /** @return the template's model, if it is valid; its problems go to the report */
    private static Optional<TemplateModel> template(TypeElement record, AnnotationMirror owner, AnnotationMirror entity,
            String member, String attribute, boolean sortKey, ValidationReport report) {
        AnnotationValue value = Annotations.value(owner, member);
        TemplateValidator.Site site = new TemplateValidator.Site(record, entity, owner == entity ? value : null);
        return TemplateValidator.validate((String) value.getValue(), attribute,
                sortKey ? TemplateModel.Role.SORT_KEY : TemplateModel.Role.PARTITION_KEY, record, site, report);
    }

    private static void checkIndexKeys(TypeElement record, AnnotationMirror entity, Layout layout,
            Set<String> keyComponents, Map<String, Component> byName, ValidationReport report) {
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
            Set<String> tableKeys = new HashSet<>(keyComponents);
            Set<String> indexComponents = new LinkedHashSet<>();
            boolean valid = template(record, keys, entity, "partitionKey", SingleTableAnnotations.string(declared,
                    "partitionKey"), false, report).map(t -> indexComponents.addAll(t.components())).isPresent();
            if (hasSortTemplate && !indexSortKey.isEmpty()) {
                valid &= template(record, keys, entity, "sortKey", indexSortKey, true, report)
                        .map(t -> indexComponents.addAll(t.components())).isPresent();
            }
            keyComponents.addAll(indexComponents);
            if (valid && (Boolean) Annotations.value(keys, "sparse").getValue() && indexComponents.stream()
                    .filter(c -> !tableKeys.contains(c)).allMatch(c -> byName.get(c).type().getKind().isPrimitive())) {
                report.error(SingleTableMessage.SPARSE_WITHOUT_NULLABLE.format(index, name, indexComponents), record,
                        entity);
            }
        }
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
