package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Annotations;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Reports key and role annotations on components of records that are not {@code @Table} records
 * (for example a nested record), where they would silently do nothing.
 */
public final class MisplacedAnnotations {

    private static final List<String> TABLE_ONLY = List.of(Annotations.PARTITION_KEY, Annotations.SORT_KEY,
            Annotations.TTL, Annotations.VERSION, Annotations.INDEX_PARTITION_KEY, Annotations.INDEX_SORT_KEY);

    private final Elements elements;

    /**
     * @param elements the compiler's elements
     */
    public MisplacedAnnotations(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param round this round
     * @param messager where to report
     */
    public void check(RoundEnvironment round, Messager messager) {
        for (String name : TABLE_ONLY) {
            TypeElement annotation = elements.getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (Element component : round.getElementsAnnotatedWith(annotation)) {
                Element owner = component.getEnclosingElement();
                if (Annotations.find(owner, Annotations.TABLE).isPresent()
                        || Annotations.find(owner, Annotations.ENTITY).isPresent()) { // entities are checked with their hierarchy
                    continue;
                }
                String simple = annotation.getSimpleName().toString();
                messager.printMessage(Kind.ERROR, Message.MISSING_TABLE.format(simple, component.getSimpleName(),
                        owner.getSimpleName(), owner.getSimpleName(),
                        "; keys and roles belong on the @Table record's own components"),
                        component instanceof RecordComponentElement c ? ValidationReport.positionOf(c) : component);
            }
        }
    }
}
