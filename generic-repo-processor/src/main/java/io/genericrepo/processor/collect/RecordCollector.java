package io.genericrepo.processor.collect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Table} types of a round, plus those deferred from the last round because a
 * type they use was not generated yet (by another processor). Deferred types are kept by name
 * and looked up again, as elements must not be carried across rounds.
 */
public final class RecordCollector {

    private final Elements elements;
    private Set<String> deferred = new LinkedHashSet<>();

    /**
     * @param elements the compiler's elements
     */
    public RecordCollector(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param round this round
     * @return the types to process, deferred ones first
     */
    public List<TypeElement> recordsThisRound(RoundEnvironment round) {
        Set<TypeElement> out = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                out.add(type);
            }
        }
        deferred = new LinkedHashSet<>();
        TypeElement table = elements.getTypeElement(Annotations.TABLE);
        if (table != null) {
            for (Element e : round.getElementsAnnotatedWith(table)) {
                if (e instanceof TypeElement type) {
                    out.add(type);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * @param type a type to process again next round
     */
    public void defer(TypeElement type) {
        deferred.add(type.getQualifiedName().toString());
    }
}
