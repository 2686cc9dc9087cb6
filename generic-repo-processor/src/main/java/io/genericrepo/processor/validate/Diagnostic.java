package io.genericrepo.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error, attached to the most precise place: the annotation value if one is wrong, else the
 * annotation, else the element.
 *
 * @param message the text, tagged
 * @param element the element
 * @param annotation the annotation, or null
 * @param value the annotation value, or null
 */
public record Diagnostic(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}
