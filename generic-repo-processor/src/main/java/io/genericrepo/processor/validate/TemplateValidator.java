package io.genericrepo.processor.validate;

import io.genericrepo.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
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
        /**
         * @param report where the error goes
         * @param message the error
         */
        public void report(ValidationReport report, String message) {
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
        String what = owner + "'s " + attribute;
        int before = report.errors().size();
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String syntax = parse(template, literals, names);
        if (syntax != null) {
            site.report(report, TemplateMessage.SYNTAX.format(template, what, syntax));
            return Optional.empty();
        }
        List<TemplateModel.Part> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i > 0 && literals.get(i).isEmpty()) {
                site.report(report, TemplateMessage.ADJACENT_PLACEHOLDERS.format(template, what, names.get(i - 1), name));
            }
            if (names.subList(0, i).contains(name)) {
                site.report(report, TemplateMessage.REPEATED_COMPONENT.format(template, what, name));
                continue;
            }
            TypeMirror type = components.get(name);
            if (type == null) {
                site.report(report, TemplateMessage.UNKNOWN_COMPONENT.format(template, what, name, owner,
                        String.join(", ", components.keySet())));
                continue;
            }
            TemplateModel.Part part = KeyKinds.partOf(name, type);
            if (part == null) {
                site.report(report, TemplateMessage.COMPONENT_TYPE.format(template, what, name, type,
                        KeyKinds.whyNot(type)));
                continue;
            }
            parts.add(part);
        }
        if (report.errors().size() > before) {
            return Optional.empty();
        }
        TemplateModel model = new TemplateModel(template, attribute, role, literals, parts);
        for (int i = 0; i < parts.size(); i++) {
            String problem = KeyKinds.separatorProblem(model, i);
            if (problem != null) {
                site.report(report, TemplateMessage.SEPARATOR_IN_TEXT.format(template, what, problem,
                        KeyKinds.describe(parts.get(i))));
            }
        }
        int least = KeyKinds.leastBytes(model);
        int limit = role == TemplateModel.Role.PARTITION_KEY ? 2048 : 1024;
        if (least > limit) {
            site.report(report, TemplateMessage.TOO_LONG.format(template, what, least, limit,
                    role == TemplateModel.Role.PARTITION_KEY ? "partition key" : "sort key"));
        }
        return report.errors().size() > before ? Optional.empty() : Optional.of(model);
    }

    /**
     * Parses and checks one template of a record, against all its components.
     *
     * @param template the template as written
     * @param attribute the physical key attribute it builds, such as {@code sk}
     * @param role partition or sort key
     * @param record the record whose components the placeholders name
     * @param site where to report
     * @param report where the errors go
     * @return the model, if the template has no error
     */
    public static Optional<TemplateModel> validate(String template, String attribute, TemplateModel.Role role,
            TypeElement record, Site site, ValidationReport report) {
        Map<String, TypeMirror> components = new LinkedHashMap<>();
        for (RecordComponentElement c : record.getRecordComponents()) {
            components.put(c.getSimpleName().toString(), c.asType());
        }
        return validate(template, attribute, role, record.getSimpleName().toString(), components, site, report);
    }

    /**
     * Splits a template into literals and names; returns what is wrong with its braces, or null.
     * The same grammar and wording as the runtime's {@code KeyTemplate.parse}, which the processor
     * cannot call (the runtime is not on its path): change both together.
     */
    private static String parse(String template, List<String> literals, List<String> names) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                return "has a '}' at index " + i + " with no '{' before it";
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            int nested = template.indexOf('{', i + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                return "has a '{' at index " + i + " with no '}' after it";
            }
            if (close == i + 1) {
                return "has an empty placeholder {} at index " + i;
            }
            literals.add(literal.toString());
            literal.setLength(0);
            names.add(template.substring(i + 1, close));
            i = close + 1;
        }
        if (template.isEmpty()) {
            return "is empty";
        }
        literals.add(literal.toString());
        return null;
    }

    /**
     * Reports each pair of entities of one table whose partition key templates can render the same
     * text and whose sort key templates can render the same text: saving one could overwrite the
     * other, and a load by key could find the other. Each key attribute is checked on its own, over
     * every text a component can have (the texts {@code KeyTemplate} refuses excluded: a component
     * never contains the literal after it, and the component that ends a template never contains
     * the literal before it), so {@code ORDER#{placedAt}#{orderId}} and
     * {@code ORDER#{placedAt}#{orderId}#LINE#{lineNo}} pass, while {@code ORDER#{orderId}} and
     * {@code ORDER#{placedAt}#{orderId}} are reported (an order id {@code 2026...} can make both).
     * Reported on the later entity's site, naming both and a key they share.
     *
     * @param entities the table's entities, in a stable order (such as the {@code permits} order)
     * @param report where the errors go
     */
    public static void checkOverlaps(List<EntityKeys> entities, ValidationReport report) {
        for (int j = 1; j < entities.size(); j++) {
            for (int i = 0; i < j; i++) {
                EntityKeys a = entities.get(i);
                EntityKeys b = entities.get(j);
                Optional<String> pk = TemplateLanguage.of(a.partitionKey()).commonText(TemplateLanguage.of(b.partitionKey()));
                if (pk.isEmpty()) {
                    continue;
                }
                String example = a.partitionKey().attribute() + " = \"" + pk.get() + "\"";
                if (a.sortKey() != null && b.sortKey() != null) {
                    Optional<String> sk = TemplateLanguage.of(a.sortKey()).commonText(TemplateLanguage.of(b.sortKey()));
                    if (sk.isEmpty()) {
                        continue;
                    }
                    example += ", " + a.sortKey().attribute() + " = \"" + sk.get() + "\"";
                }
                b.site().report(report, TemplateMessage.OVERLAP.format(a.entity(), b.entity(), example));
            }
        }
    }
}
