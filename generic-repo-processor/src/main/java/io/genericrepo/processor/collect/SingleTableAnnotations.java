package io.genericrepo.processor.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the annotations of a single-table hierarchy through their mirrors: the sealed
 * interface's {@code @SingleTable} (or its defaults) and {@code @ItemCollection}s, and each
 * entity's {@code @Entity}, keeping the mirrors for precise errors.
 */
public final class SingleTableAnnotations {

    /** The defaults of {@code @SingleTable}, for an interface without it. */
    private static final String[] DEFAULTS = {"pk", "sk", "type"};

    private SingleTableAnnotations() {}

    /**
     * The physical layout of the table.
     *
     * @param mirror {@code @SingleTable}, or null when defaulted
     * @param partitionKey the partition key attribute
     * @param sortKey the sort key attribute
     * @param typeAttribute the type tag attribute
     * @param indexes the shared indexes, as declared
     */
    public record Layout(AnnotationMirror mirror, String partitionKey, String sortKey, String typeAttribute,
            List<AnnotationMirror> indexes) {}

    /**
     * @param type the sealed interface
     * @return its layout
     */
    public static Layout layout(TypeElement type) {
        Optional<AnnotationMirror> found = Annotations.find(type, Annotations.SINGLE_TABLE);
        if (found.isEmpty()) {
            return new Layout(null, DEFAULTS[0], DEFAULTS[1], DEFAULTS[2], List.of());
        }
        AnnotationMirror m = found.get();
        return new Layout(m, string(m, "partitionKey"), string(m, "sortKey"), string(m, "typeAttribute"),
                mirrors(m, "indexes"));
    }

    /**
     * @param type the sealed interface
     * @return its {@code @ItemCollection}s, repeated or not
     */
    public static List<AnnotationMirror> collections(TypeElement type) {
        Optional<AnnotationMirror> one = Annotations.find(type, Annotations.ITEM_COLLECTION);
        if (one.isPresent()) {
            return List.of(one.get());
        }
        return Annotations.find(type, Annotations.ITEM_COLLECTIONS).map(c -> mirrors(c, "value")).orElse(List.of());
    }

    /**
     * @param type a permitted record
     * @return its {@code @Entity}
     */
    public static Optional<AnnotationMirror> entity(TypeElement type) {
        return Annotations.find(type, Annotations.ENTITY);
    }

    /**
     * @param entity {@code @Entity} on a record
     * @param record the record
     * @return its tag: {@code tag}, or the record's simple name
     */
    public static String tag(AnnotationMirror entity, TypeElement record) {
        String tag = string(entity, "tag");
        return tag.isEmpty() ? record.getSimpleName().toString() : tag;
    }

    /**
     * @param mirror an annotation
     * @param name a String member
     * @return its value, defaults included
     */
    public static String string(AnnotationMirror mirror, String name) {
        return (String) Annotations.value(mirror, name).getValue();
    }

    /**
     * @param mirror an annotation
     * @param name a member holding annotations
     * @return them
     */
    public static List<AnnotationMirror> mirrors(AnnotationMirror mirror, String name) {
        List<AnnotationMirror> out = new ArrayList<>();
        Object raw = Annotations.value(mirror, name).getValue();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
            }
        }
        return out;
    }

    /**
     * @param mirror an annotation
     * @param name a member holding classes
     * @return their types' elements
     */
    public static List<TypeElement> classes(AnnotationMirror mirror, String name) {
        List<TypeElement> out = new ArrayList<>();
        Object raw = Annotations.value(mirror, name).getValue();
        List<?> values = raw instanceof List<?> list ? list : List.of(Annotations.value(mirror, name));
        for (Object o : values) {
            Object v = ((AnnotationValue) o).getValue();
            if (v instanceof DeclaredType t) {
                out.add((TypeElement) t.asElement());
            }
        }
        return out;
    }

    /**
     * @param type the sealed interface
     * @return its permitted types' elements
     */
    public static List<TypeElement> permitted(TypeElement type) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeMirror t : type.getPermittedSubclasses()) {
            if (t instanceof DeclaredType d) {
                out.add((TypeElement) d.asElement());
            }
        }
        return out;
    }
}
