package io.genericrepo.processor.validate;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.GeneratedNames;
import io.genericrepo.processor.model.GeneratedNames.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reports a {@code @Table} record whose generated types ({@code OrderSchema}, {@code OrderKey},
 * {@code Order_}, {@code OrderRepository}, {@code OrderAsyncRepository}) would take the name of a
 * type declared in the sources, or of a type generated for another record ({@code Order}'s
 * {@code OrderAsyncRepository} and the repository of a record {@code OrderAsync}). Without it
 * javac would stop at "duplicate class" in a file the user never wrote. The same for every type
 * generated for a sealed {@code @Table} interface and its entities ({@code ShopSchema} next to an
 * entity record named {@code ShopSchema}). It remembers across rounds which top-level types the
 * sources declare and which names records and interfaces have taken, so the processor keeps one
 * instance for the whole compilation.
 */
public final class GeneratedTypeClashes {

    /** Top-level types declared in the sources, without generic-repo's own output. */
    private final Set<String> sourceTypes = new HashSet<>();
    /** Generated types by name, with the record and role that took them. */
    private final Map<String, Taken> taken = new HashMap<>();

    /** Who took a generated name: {@code @Table record Order}, and as what: {@code key record}. */
    private record Taken(String owner, String description) {}

    /**
     * @param round a round, whose root types are noted
     */
    public void noteRound(RoundEnvironment round) {
        for (Element e : round.getRootElements()) {
            if (e instanceof TypeElement type && !generatedHere(type)) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
    }

    /**
     * @param record a {@code @Table} record, checked once
     * @param report where to report a clash, on the record
     */
    public void check(TypeElement record, ValidationReport report) {
        if (record.getKind() != ElementKind.RECORD) {
            return; // reported as not a record; nothing is generated
        }
        ClassName name = ClassName.get(record);
        boolean hasSortKey = record.getRecordComponents().stream().anyMatch(c -> Component.of(c).sortKey() != null);
        String self = String.join(".", name.simpleNames());
        GeneratedNames.types(name, hasSortKey).forEach((role, type) -> {
            String generated = type.canonicalName();
            Taken other = taken.putIfAbsent(generated, new Taken("@Table record " + self, role.description()));
            if (sourceTypes.contains(generated)) {
                report.error(Message.GENERATED_TYPE_EXISTS.format(name.simpleName(), role.description(), generated,
                        generated), record);
            } else if (other != null && !other.owner().equals("@Table record " + self)) {
                report.error(Message.GENERATED_TYPE_TWICE.format(name.simpleName(), role.description(), generated,
                        other.description(), other.owner()), record);
            }
        });
    }

    /**
     * @param type a sealed {@code @Table} interface, checked once, after its model is built
     * @param generated the qualified names of the types generated for it and its entities
     * @param report where to report a clash, on the interface
     */
    public void checkHierarchy(TypeElement type, List<String> generated, ValidationReport report) {
        String self = "@Table interface " + String.join(".", ClassName.get(type).simpleNames());
        for (String name : generated) {
            Taken other = taken.putIfAbsent(name, new Taken(self, "generated type"));
            if (sourceTypes.contains(name)) {
                report.error(SingleTableMessage.GENERATED_TYPE_EXISTS.format(type.getSimpleName(), name, name), type);
            } else if (other != null && !other.owner().equals(self)) {
                report.error(SingleTableMessage.GENERATED_TYPE_TWICE.format(type.getSimpleName(), name,
                        other.description(), other.owner()), type);
            }
        }
    }

    private static boolean generatedHere(TypeElement type) {
        AnnotationMirror generated = Annotations.find(type, Annotations.GENERATED).orElse(null);
        return generated != null && Annotations.strings(generated).stream()
                .anyMatch(n -> n.name().equals(Annotations.PROCESSOR));
    }
}
