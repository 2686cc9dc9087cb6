package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Access;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import io.genericrepo.processor.collect.SingleTableAnnotations.Layout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a single-table hierarchy, a sealed {@code @Table} interface, and reports every problem:
 * the interface is sealed and permits only {@code @Entity} records; the layout's attributes are
 * distinct; tags are unique; each entity is valid ({@link EntityValidator}); entities agree on the
 * attributes of their TTL and version; item collections name entities of one partition.
 */
public final class HierarchyValidator {

    private final EntityValidator entities;
    private final CollectionValidator collections;

    /**
     * @param elements the compiler's elements
     * @param types the compiler's types
     */
    public HierarchyValidator(Elements elements, Types types) {
        this.entities = new EntityValidator(elements, types);
        this.collections = new CollectionValidator(elements);
    }

    /**
     * @param type a {@code @Table} interface
     * @return every problem found
     */
    public ValidationReport validate(TypeElement type) {
        ValidationReport report = new ValidationReport();
        AnnotationMirror table = Annotations.find(type, Annotations.TABLE).orElseThrow();
        String name = type.getSimpleName().toString();
        if (!type.getModifiers().contains(Modifier.SEALED)) {
            report.error(SingleTableMessage.NOT_SEALED.format(name, name), type, table);
            return report;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(SingleTableMessage.GENERIC_TABLE.format(name, type.getTypeParameters()), type, table);
            return report; // the generated code would use the raw type
        }
        if (Access.privateOne(type) != null) {
            report.error(SingleTableMessage.NOT_ACCESSIBLE.format("@Table interface", name,
                    Access.reason(type, "interface")), type);
        }
        AnnotationValue nameValue = Annotations.value(table, "name");
        if (!RecordValidator.NAME.matcher((String) nameValue.getValue()).matches()) {
            report.error(Message.TABLE_NAME.format(nameValue.getValue()), type, table, nameValue);
        }
        Layout layout = SingleTableAnnotations.layout(type);
        Map<String, String> physical = checkLayout(type, layout, report);
        List<TypeElement> records = new ArrayList<>();
        for (TypeElement permitted : SingleTableAnnotations.permitted(type)) {
            if (permitted.getKind() != ElementKind.RECORD) {
                report.error(SingleTableMessage.NOT_A_RECORD.format(name, permitted.getSimpleName(),
                        article(permitted.getKind())), permitted);
            } else if (SingleTableAnnotations.entity(permitted).isEmpty()) {
                report.error(SingleTableMessage.MISSING_ENTITY.format(permitted.getSimpleName(), name), permitted);
            } else if (!packageOf(permitted).equals(packageOf(type))) {
                report.error(SingleTableMessage.ENTITY_PACKAGE.format(permitted.getSimpleName(), packageOf(permitted),
                        name, packageOf(type)), permitted);
            } else if (tables(permitted).size() > 1) { // reported once on the entity, then on each other interface
                List<String> tables = tables(permitted);
                if (tables.get(0).equals(name)) {
                    report.error(SingleTableMessage.ENTITY_IN_TWO_TABLES.format(permitted.getSimpleName(),
                            String.join(", ", tables)), permitted);
                } else {
                    report.error(SingleTableMessage.ENTITY_OF_OTHER_TABLE.format(name, permitted.getSimpleName(),
                            tables.get(0)), type);
                }
            } else if (Access.privateOne(permitted) != null) {
                report.error(SingleTableMessage.NOT_ACCESSIBLE.format("@Entity record", permitted.getSimpleName(),
                        Access.reason(permitted, "record")), permitted);
            } else {
                records.add(permitted);
            }
        }
        Map<String, List<TypeElement>> byTag = new LinkedHashMap<>();
        List<TemplateValidator.EntityKeys> keys = new ArrayList<>();
        for (TypeElement record : records) {
            AnnotationMirror entity = SingleTableAnnotations.entity(record).orElseThrow();
            String tag = SingleTableAnnotations.tag(entity, record);
            if (tag.isBlank() || !tag.strip().equals(tag)) {
                report.error(SingleTableMessage.BLANK_TAG.format(tag, record.getSimpleName(),
                        tag.isBlank() ? record.getSimpleName() : tag.strip()), record, entity,
                        Annotations.explicitValue(entity, "tag"));
            }
            byTag.computeIfAbsent(SingleTableAnnotations.tag(entity, record), t -> new ArrayList<>()).add(record);
            TemplateValidator.EntityKeys valid = entities.validate(record, entity, layout, physical, name, report);
            if (valid != null) {
                keys.add(valid);
            }
        }
        TemplateValidator.checkOverlaps(keys, report); // two entities that could write the same key
        byTag.forEach((tag, sharing) -> {
            String names = sharing.stream().map(t -> t.getSimpleName().toString()).collect(Collectors.joining(", "));
            for (TypeElement record : sharing.subList(1, sharing.size())) {
                AnnotationMirror entity = SingleTableAnnotations.entity(record).orElseThrow();
                AnnotationValue explicit = Annotations.explicitValue(entity, "tag");
                if (explicit != null) {
                    report.error(SingleTableMessage.DUPLICATE_TAG.format(names, tag), record, entity, explicit);
                } else {
                    report.error(SingleTableMessage.DUPLICATE_TAG.format(names, tag), record, entity);
                }
            }
        });
        checkRoles(type, table, records, report);
        collections.validate(type, records, report);
        return report;
    }

    /** @return the {@code @Table} interfaces the record implements directly */
    private static List<String> tables(TypeElement record) {
        List<String> out = new ArrayList<>();
        for (TypeMirror i : record.getInterfaces()) {
            if (i instanceof DeclaredType d && Annotations.find(d.asElement(), Annotations.TABLE).isPresent()) {
                out.add(d.asElement().getSimpleName().toString());
            }
        }
        return out;
    }

    private static String packageOf(TypeElement type) {
        Element e = type;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        String name = ((PackageElement) e).getQualifiedName().toString();
        return name.isEmpty() ? "(the unnamed package)" : name;
    }

    /** @return the physical attributes by name, with their roles (for clashes with components) */
    private static Map<String, String> checkLayout(TypeElement type, Layout layout, ValidationReport report) {
        Map<String, String> roles = new LinkedHashMap<>();
        add(type, layout, roles, layout.partitionKey(), "partitionKey", "partition key", report);
        add(type, layout, roles, layout.sortKey(), "sortKey", "sort key", report);
        add(type, layout, roles, layout.typeAttribute(), "typeAttribute", "type attribute", report);
        Set<String> indexNames = new HashSet<>();
        for (AnnotationMirror index : layout.indexes()) {
            String indexName = SingleTableAnnotations.string(index, "name");
            if (!RecordValidator.NAME.matcher(indexName).matches()) {
                report.error(Message.INDEX_NAME.format(indexName), type, layout.mirror(), Annotations.value(index, "name"));
            } else if (!indexNames.add(indexName)) {
                report.error(SingleTableMessage.DUPLICATE_SHARED_INDEX.format(indexName), type, layout.mirror(),
                        Annotations.value(index, "name"));
            }
            add(type, layout, roles, SingleTableAnnotations.string(index, "partitionKey"), null,
                    "partition key of index " + indexName, report);
            String sortKey = SingleTableAnnotations.string(index, "sortKey");
            if (!sortKey.isEmpty()) {
                add(type, layout, roles, sortKey, null, "sort key of index " + indexName, report);
            }
        }
        return roles;
    }

    private static void add(TypeElement type, Layout layout, Map<String, String> roles, String attribute, String member,
            String role, ValidationReport report) {
        if (attribute.isEmpty()) {
            report.error(SingleTableMessage.EMPTY_LAYOUT_NAME.format(member == null ? role : member), type,
                    layout.mirror());
            return;
        }
        if (!role.equals("type attribute") && attribute.length() > 255) { // a key: DynamoDB allows 1-255
            report.error(SingleTableMessage.LAYOUT_NAME_LENGTH.format(role, attribute.substring(0, 40) + "...",
                    attribute.length()), type, layout.mirror());
        }
        String previous = roles.putIfAbsent(attribute, role);
        if (previous != null) {
            report.error(SingleTableMessage.LAYOUT_CLASH.format(attribute, previous, role), type, layout.mirror());
        }
    }

    /** Entities must agree on the attribute of @Ttl and of @Version; ttlDays needs a @Ttl somewhere. */
    private static void checkRoles(TypeElement type, AnnotationMirror table, List<TypeElement> records,
            ValidationReport report) {
        Map<String, List<String>> ttl = new LinkedHashMap<>();
        Map<String, List<String>> version = new LinkedHashMap<>();
        for (TypeElement record : records) {
            for (var element : record.getRecordComponents()) {
                Component c = Component.of(element);
                if (c.ttl() != null) {
                    ttl.computeIfAbsent(c.attributeName(), a -> new ArrayList<>()).add(record.getSimpleName() + "." + c.name());
                }
                if (c.version() != null) {
                    version.computeIfAbsent(c.attributeName(), a -> new ArrayList<>())
                            .add(record.getSimpleName() + "." + c.name());
                }
            }
        }
        if (ttl.size() > 1) {
            report.error(SingleTableMessage.ROLE_ATTRIBUTE_MISMATCH.format(type.getSimpleName(), "Ttl", ttl), type, table);
        }
        if (version.size() > 1) {
            report.error(SingleTableMessage.ROLE_ATTRIBUTE_MISMATCH.format(type.getSimpleName(), "Version", version),
                    type, table);
        }
        AnnotationValue days = Annotations.value(table, "ttlDays");
        int ttlDays = (Integer) days.getValue();
        if (ttlDays < 0) {
            report.error(Message.TTL_DAYS_NEGATIVE.format(ttlDays), type, table, days);
        } else if (ttlDays > 0 && ttl.isEmpty()) {
            report.error(SingleTableMessage.TTL_DAYS_WITHOUT_TTL.format(ttlDays), type, table, days);
        }
    }

    /**
     * @param record an {@code @Entity} record
     * @return the sealed {@code @Table} interface that permits it, if any
     */
    public static Optional<TypeElement> hierarchyOf(TypeElement record, Types types) {
        for (var iface : record.getInterfaces()) {
            TypeElement t = (TypeElement) types.asElement(iface);
            if (t != null && Annotations.find(t, Annotations.TABLE).isPresent()
                    && SingleTableAnnotations.permitted(t).contains(record)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static boolean isJavaTypeName(String name) {
        return SourceVersion.isName(name) && !name.contains(".");
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
