package io.genericrepo.processor.validate;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import io.genericrepo.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code @ItemCollection}s of a single-table hierarchy: a valid type name that no
 * other type has (a type of the sources, one generated for the hierarchy, another collection),
 * entities of the hierarchy only, a partition entity with one item per partition and not listed
 * again among the members, each member once, and members that share the partition entity's
 * partition key template, since the collection is read from one partition.
 */
final class CollectionValidator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final Elements elements;

    CollectionValidator(Elements elements) {
        this.elements = elements;
    }

    void validate(TypeElement type, List<TypeElement> entities, ValidationReport report) {
        Map<String, String> taken = generatedTypes(type, entities);
        for (AnnotationMirror collection : SingleTableAnnotations.collections(type)) {
            String name = SingleTableAnnotations.string(collection, "name");
            if (!HierarchyValidator.isJavaTypeName(name)) {
                report.error(SingleTableMessage.COLLECTION_NAME.format(name), type, collection,
                        Annotations.value(collection, "name"));
            } else {
                checkNameFree(type, collection, name, taken, report);
            }
            List<TypeElement> partitions = SingleTableAnnotations.classes(collection, "partition");
            List<TypeElement> members = SingleTableAnnotations.classes(collection, "members");
            List<TypeElement> all = new ArrayList<>(partitions);
            all.addAll(members);
            boolean known = true;
            for (TypeElement t : all) {
                if (!entities.contains(t)) {
                    report.error(SingleTableMessage.COLLECTION_NOT_ENTITY.format(name, t.getSimpleName(),
                            type.getSimpleName()), type, collection);
                    known = false;
                }
            }
            if (!known || all.isEmpty()) {
                continue;
            }
            TypeElement partition = all.get(0);
            checkMembers(type, collection, name, partition, members, report);
            String template = pkTemplate(partition);
            for (TypeElement member : all.subList(1, all.size())) {
                if (!shape(pkTemplate(member)).equals(shape(template))) {
                    report.error(SingleTableMessage.COLLECTION_PARTITION.format(name, member.getSimpleName(),
                            pkTemplate(member), partition.getSimpleName(), template), type, collection);
                }
            }
        }
    }

    /** The partition entity is one item per partition and only that; members are listed once each. */
    private static void checkMembers(TypeElement type, AnnotationMirror collection, String name, TypeElement partition,
            List<TypeElement> members, ValidationReport report) {
        String sortKey = SingleTableAnnotations.string(SingleTableAnnotations.entity(partition).orElseThrow(), "sortKey");
        if (PLACEHOLDER.matcher(sortKey).find()) {
            report.error(SingleTableMessage.COLLECTION_PARTITION_MANY.format(name, partition.getSimpleName(), sortKey),
                    type, collection, Annotations.value(collection, "partition"));
        }
        Set<TypeElement> seen = new HashSet<>();
        for (TypeElement member : members) {
            if (member.equals(partition)) {
                report.error(SingleTableMessage.COLLECTION_PARTITION_AS_MEMBER.format(name, member.getSimpleName()),
                        type, collection, Annotations.value(collection, "members"));
            } else if (!seen.add(member)) {
                report.error(SingleTableMessage.COLLECTION_MEMBER_TWICE.format(name, member.getSimpleName()), type,
                        collection, Annotations.value(collection, "members"));
            }
        }
    }

    /** The collection's record must not take the name of a type that exists or is generated. */
    private void checkNameFree(TypeElement type, AnnotationMirror collection, String name, Map<String, String> taken,
            ValidationReport report) {
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        String qualified = packageName.isEmpty() ? name : packageName + "." + name;
        String owner = taken.putIfAbsent(qualified, "the record of another @ItemCollection of " + type.getSimpleName());
        if (owner == null && elements.getTypeElement(qualified) != null) {
            owner = "a type that exists already";
        }
        if (owner != null) {
            report.error(SingleTableMessage.COLLECTION_NAME_CLASH.format(name, qualified, owner), type, collection,
                    Annotations.value(collection, "name"));
        }
    }

    /** @return the types generated for the hierarchy and its entities, by qualified name, with what they are */
    private static Map<String, String> generatedTypes(TypeElement type, List<TypeElement> entities) {
        Map<String, String> out = new HashMap<>();
        GeneratedNames.types(ClassName.get(type), false).forEach((role, name) -> out.put(name.canonicalName(),
                "the " + role.description() + " generated for " + type.getSimpleName()));
        for (TypeElement entity : entities) {
            AnnotationMirror mirror = SingleTableAnnotations.entity(entity).orElseThrow();
            Set<String> components = new HashSet<>();
            for (String template : List.of(pkTemplate(entity), SingleTableAnnotations.string(mirror, "sortKey"))) {
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    components.add(m.group(1));
                }
            }
            GeneratedNames.types(ClassName.get(entity), components.size() != 1).forEach((role, name) -> out.put(
                    name.canonicalName(), "the " + role.description() + " generated for " + entity.getSimpleName()));
        }
        return out;
    }

    /** The literal text with placeholders unnamed: {@code CUSTOMER#{id}} and {@code CUSTOMER#{customerId}} agree. */
    private static String shape(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    private static String pkTemplate(TypeElement entity) {
        return SingleTableAnnotations.string(SingleTableAnnotations.entity(entity).orElseThrow(), "partitionKey");
    }
}
