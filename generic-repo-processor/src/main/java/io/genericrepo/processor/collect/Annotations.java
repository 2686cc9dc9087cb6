package io.genericrepo.processor.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through their mirrors (never through {@code getAnnotation}, which cannot
 * return a {@code Class} value at compile time), keeping the mirrors so that errors can point at
 * the annotation or the value at fault.
 */
public final class Annotations {

    /** The annotations' package. */
    public static final String PACKAGE = "io.genericrepo.annotations.";
    /** {@code @Table}. */
    public static final String TABLE = PACKAGE + "Table";
    /** {@code @PartitionKey}. */
    public static final String PARTITION_KEY = PACKAGE + "PartitionKey";
    /** {@code @SortKey}. */
    public static final String SORT_KEY = PACKAGE + "SortKey";
    /** {@code @Ttl}. */
    public static final String TTL = PACKAGE + "Ttl";
    /** {@code @Version}. */
    public static final String VERSION = PACKAGE + "Version";
    /** {@code @Attribute}. */
    public static final String ATTRIBUTE = PACKAGE + "Attribute";
    /** {@code @IndexPartitionKey}. */
    public static final String INDEX_PARTITION_KEY = PACKAGE + "IndexPartitionKey";
    /** {@code @IndexSortKey}. */
    public static final String INDEX_SORT_KEY = PACKAGE + "IndexSortKey";
    /** {@code @Converter}. */
    public static final String CONVERTER = PACKAGE + "Converter";

    /** {@code @Entity}. */
    public static final String ENTITY = PACKAGE + "Entity";
    /** {@code @SingleTable}. */
    public static final String SINGLE_TABLE = PACKAGE + "SingleTable";
    /** {@code @ItemCollection}. */
    public static final String ITEM_COLLECTION = PACKAGE + "ItemCollection";
    /** {@code @ItemCollections}, the container javac writes for repeated {@code @ItemCollection}. */
    public static final String ITEM_COLLECTIONS = PACKAGE + "ItemCollections";

    /** {@code @Generated}, which every generated type carries. */
    public static final String GENERATED = "javax.annotation.processing.Generated";
    /** The value of {@code @Generated} on generic-repo's output: the processor's name. */
    public static final String PROCESSOR = "io.genericrepo.processor.GenericRepoProcessor";

    private Annotations() {}

    /**
     * @param element an element
     * @param qualifiedName the annotation type
     * @return its mirror on the element, if present
     */
    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * @param mirror an annotation
     * @param name a member
     * @return its value, including defaults
     */
    public static AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(name)) {
                return method.getDefaultValue();
            }
        }
        throw new IllegalArgumentException("no member " + name + " on " + mirror);
    }

    /**
     * @param mirror an annotation
     * @param name a member given explicitly (for pointing at it), or null if it was defaulted
     * @return the explicit value, or null
     */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * @param mirror an annotation with a {@code String[] value()}
     * @return the strings with the annotation value of each, for precise errors
     */
    public static List<Named> strings(AnnotationMirror mirror) {
        Object raw = value(mirror, "value").getValue();
        List<Named> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                AnnotationValue v = (AnnotationValue) o;
                out.add(new Named(String.valueOf(v.getValue()), v));
            }
        }
        return out;
    }

    /**
     * @param mirror an annotation with a {@code Class<?> value()}
     * @return the class's type, or null when javac cannot resolve it (a class that does not exist,
     *     or one that another processor generates in a later round)
     */
    public static TypeMirror classValue(AnnotationMirror mirror) {
        Object value = value(mirror, "value").getValue();
        return value instanceof TypeMirror type && type.getKind() != TypeKind.ERROR ? type : null;
    }

    /**
     * A string from an annotation array, with its value for error positions.
     *
     * @param name the string
     * @param value its annotation value
     */
    public record Named(String name, AnnotationValue value) {}
}
