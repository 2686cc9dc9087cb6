package io.genericrepo.processor.validate;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.tools.Diagnostic.Kind;

/** The errors found in one record: all of them, so that a user can fix them in one pass. */
public final class ValidationReport {

    private final List<Diagnostic> errors = new ArrayList<>();

    /**
     * @param message the text
     * @param element where
     */
    public void error(String message, Element element) {
        errors.add(new Diagnostic(message, element, null, null));
    }

    /**
     * @param message the text
     * @param element where
     * @param annotation the annotation at fault
     */
    public void error(String message, Element element, AnnotationMirror annotation) {
        errors.add(new Diagnostic(message, element, annotation, null));
    }

    /**
     * @param message the text
     * @param element where
     * @param annotation the annotation
     * @param value the value at fault
     */
    public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        errors.add(new Diagnostic(message, element, annotation, value));
    }

    /**
     * javac has no source position for a record component element, but has one for the private
     * field it declares, on the same line: errors on a component are reported there (without the
     * annotation, which is not on the field).
     *
     * @param component a record component
     * @return the element to report on
     */
    public static Element positionOf(RecordComponentElement component) {
        for (Element e : component.getEnclosingElement().getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName())) {
                return e;
            }
        }
        return component;
    }

    /** @return true when there are no errors */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /** @return the errors */
    public List<Diagnostic> errors() {
        return List.copyOf(errors);
    }

    /**
     * @param messager where to print them
     */
    public void printTo(Messager messager) {
        for (Diagnostic d : errors) {
            Element element = d.element();
            if (element instanceof RecordComponentElement component) {
                messager.printMessage(Kind.ERROR, d.message(), positionOf(component));
                continue;
            }
            if (d.value() != null) {
                messager.printMessage(Kind.ERROR, d.message(), element, d.annotation(), d.value());
            } else if (d.annotation() != null) {
                messager.printMessage(Kind.ERROR, d.message(), element, d.annotation());
            } else {
                messager.printMessage(Kind.ERROR, d.message(), element);
            }
        }
    }
}
