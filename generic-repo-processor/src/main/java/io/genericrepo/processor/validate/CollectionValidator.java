package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @ItemCollection}s of a single-table hierarchy: a valid type name, entities
 * of the hierarchy only, and members that share the partition entity's partition key template,
 * since the collection is read from one partition.
 */
final class CollectionValidator {

    void validate(TypeElement type, List<TypeElement> entities, ValidationReport report) {
        for (AnnotationMirror collection : SingleTableAnnotations.collections(type)) {
            String name = SingleTableAnnotations.string(collection, "name");
            if (!HierarchyValidator.isJavaTypeName(name)) {
                report.error(SingleTableMessage.COLLECTION_NAME.format(name), type, collection,
                        Annotations.value(collection, "name"));
            }
            List<TypeElement> all = new ArrayList<>(SingleTableAnnotations.classes(collection, "partition"));
            all.addAll(SingleTableAnnotations.classes(collection, "members"));
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
            String template = pkTemplate(partition);
            for (TypeElement member : all.subList(1, all.size())) {
                if (!shape(pkTemplate(member)).equals(shape(template))) {
                    report.error(SingleTableMessage.COLLECTION_PARTITION.format(name, member.getSimpleName(),
                            pkTemplate(member), partition.getSimpleName(), template), type, collection);
                }
            }
        }
    }

    /** The literal text with placeholders unnamed: {@code CUSTOMER#{id}} and {@code CUSTOMER#{customerId}} agree. */
    private static String shape(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    private static String pkTemplate(TypeElement entity) {
        return SingleTableAnnotations.string(SingleTableAnnotations.entity(entity).orElseThrow(), "partitionKey");
    }
}
