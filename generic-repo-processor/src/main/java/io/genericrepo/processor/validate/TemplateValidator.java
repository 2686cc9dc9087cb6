package io.genericrepo.processor.validate;

import io.genericrepo.processor.model.TemplateModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The compile-time checks of composed key templates, on a plain input (the template, the record's
 * components and where to report) so that any annotation carrying a template can use them:
 *
 * <ul>
 *   <li>syntax: balanced, non-empty, non-nested braces; each component named once;
 *   <li>every placeholder names a component, whose type has a key encoding ({@code BigDecimal},
 *       {@code double} and {@code float} have none: equal decimals have different texts and no
 *       fixed width keeps their order);
 *   <li>two placeholders have literal text between them;
 *   <li>the literal after a number, time, date, UUID, boolean or enum component cannot occur in (or
 *       run into) that component's text; for a component that ends the template, the literal before it;
 *   <li>{@link #checkOverlaps}: no two entities of one table can write the same table key.
 * </ul>
 */
public final class TemplateValidator {

    private TemplateValidator() {}

    /**
     * Where to report the problems of one template: the annotation value if given, else the
     * annotation, else the element.
     *
     * @param element the element (the entity record)
     * @param annotation the annotation carrying the template, or null
     * @param value the template's annotation value, or null
     */
    public record Site(Element element, AnnotationMirror annotation, AnnotationValue value) {
        void report(ValidationReport report, String message) {
            if (value != null) {
                report.error(message, element, annotation, value);
            } else if (annotation != null) {
                report.error(message, element, annotation);
            } else {
                report.error(message, element);
            }
        }
    }

    /**
     * One entity's table key templates, for {@link #checkOverlaps}.
     *
     * @param entity the entity's name for messages, such as {@code Order}
     * @param partitionKey its partition key template
     * @param sortKey its sort key template, or null when the table has no sort key
     * @param site where to report (the {@code @Entity} annotation)
     */
    public record EntityKeys(String entity, TemplateModel partitionKey, TemplateModel sortKey, Site site) {}

    /**
     * Parses and checks one template.
     *
     * @param template the template as written
     * @param attribute the physical key attribute it builds, such as {@code sk}
     * @param role partition or sort key
     * @param owner the record's name, for messages
     * @param components the record's components by name, in declaration order
     * @param site where to report
     * @param report where the errors go
     * @return the model, if the template has no error
     */
    public static Optional<TemplateModel> validate(String template, String attribute, TemplateModel.Role role,
            String owner, Map<String, ? extends TypeMirror> components, Site site, ValidationReport report) {
        return Optional.empty();
    }

    /**
     * Reports each pair of entities of one table whose partition key templates can render the same
     * text and whose sort key templates can render the same text: saving one could overwrite the
     * other. Reported on the later entity's site, naming both and a key they share.
     *
     * @param entities the table's entities, in a stable order (such as the {@code permits} order)
     * @param report where the errors go
     */
    public static void checkOverlaps(List<EntityKeys> entities, ValidationReport report) {
    }
}
