package io.genericrepo.processor.collect;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/**
 * One record component with the generic-repo annotations it carries, read once.
 *
 * @param element the component
 * @param partitionKey {@code @PartitionKey}, or null
 * @param sortKey {@code @SortKey}, or null
 * @param ttl {@code @Ttl}, or null
 * @param version {@code @Version}, or null
 * @param attribute {@code @Attribute}, or null
 * @param converter {@code @Converter}, or null
 * @param indexPartitionKey {@code @IndexPartitionKey}, or null
 * @param indexSortKey {@code @IndexSortKey}, or null
 */
public record Component(RecordComponentElement element, AnnotationMirror partitionKey, AnnotationMirror sortKey,
        AnnotationMirror ttl, AnnotationMirror version, AnnotationMirror attribute, AnnotationMirror converter,
        AnnotationMirror indexPartitionKey, AnnotationMirror indexSortKey) {

    /**
     * @param element a record component
     * @return what it carries
     */
    public static Component of(RecordComponentElement element) {
        return new Component(element,
                find(element, Annotations.PARTITION_KEY),
                find(element, Annotations.SORT_KEY),
                find(element, Annotations.TTL),
                find(element, Annotations.VERSION),
                find(element, Annotations.ATTRIBUTE),
                find(element, Annotations.CONVERTER),
                find(element, Annotations.INDEX_PARTITION_KEY),
                find(element, Annotations.INDEX_SORT_KEY));
    }

    private static AnnotationMirror find(RecordComponentElement element, String name) {
        Optional<AnnotationMirror> mirror = Annotations.find(element, name);
        return mirror.orElse(null);
    }

    /** @return the component's name */
    public String name() {
        return element.getSimpleName().toString();
    }

    /** @return the component's type */
    public TypeMirror type() {
        return element.asType();
    }

    /** @return the attribute it is stored as: {@code @Attribute(name)} or its own name */
    public String attributeName() {
        return attribute == null ? name() : (String) Annotations.value(attribute, "name").getValue();
    }

    /** @return true for a table key */
    public boolean isKey() {
        return partitionKey != null || sortKey != null;
    }

    /** @return the indexes it is the partition key of */
    public List<Annotations.Named> indexPartitionKeys() {
        return indexPartitionKey == null ? List.of() : Annotations.strings(indexPartitionKey);
    }

    /** @return the indexes it is the sort key of */
    public List<Annotations.Named> indexSortKeys() {
        return indexSortKey == null ? List.of() : Annotations.strings(indexSortKey);
    }
}
