package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Access;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.TypeResolver;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Table} type against every rule in DESIGN.md's "Compile-time checks" and
 * reports all problems, not only the first. The table-level rules are here; keys, attributes and
 * indexes have their own validators.
 */
public final class RecordValidator {

    /** DynamoDB's rule for table and index names. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final TypeResolver resolver = new TypeResolver();
    private final KeyValidator keys;
    private final AttributeValidator attributes;
    private final IndexValidator indexes;
    private final NameClashValidator names = new NameClashValidator();

    /**
     * @param elements the compiler's elements
     * @param types the compiler's types
     */
    public RecordValidator(Elements elements, Types types) {
        this.keys = new KeyValidator(resolver);
        this.attributes = new AttributeValidator(resolver, elements, types);
        this.indexes = new IndexValidator(resolver);
    }

    /**
     * @param type a {@code @Table} type
     * @return true if a type it uses is not generated yet, so it should wait for the next round
     */
    public boolean mustDefer(TypeElement type) {
        if (type.getKind() != ElementKind.RECORD) {
            return false;
        }
        return type.getRecordComponents().stream()
                .anyMatch(c -> resolver.resolve(Component.of(c), c.getSimpleName().toString()).deferred());
    }

    /**
     * @param type a {@code @Table} type
     * @return every problem found
     */
    public ValidationReport validate(TypeElement type) {
        ValidationReport report = new ValidationReport();
        AnnotationMirror table = Annotations.find(type, Annotations.TABLE).orElseThrow();
        String name = type.getSimpleName().toString();
        if (type.getKind() != ElementKind.RECORD) {
            report.error(Message.NOT_A_RECORD.format(name, article(type.getKind())), type, table);
            return report;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(Message.GENERIC_RECORD.format(name, type.getTypeParameters()), type);
        }
        Element privateOne = Access.privateOne(type);
        if (privateOne != null) {
            report.error(Message.NOT_ACCESSIBLE.format(name, privateOne.getSimpleName()), type);
        }
        checkTableAnnotation(type, table, report);
        List<Component> components = type.getRecordComponents().stream().map(Component::of)
                .collect(Collectors.toList());
        keys.validate(name, type, components, report);
        attributes.validate(name, components, report);
        indexes.validate(components, report);
        names.validate(type, components, report);
        return report;
    }

    private void checkTableAnnotation(TypeElement type, AnnotationMirror table, ValidationReport report) {
        AnnotationValue nameValue = Annotations.value(table, "name");
        String tableName = (String) nameValue.getValue();
        if (!NAME.matcher(tableName).matches()) {
            report.error(Message.TABLE_NAME.format(tableName), type, table, nameValue);
        }
        AnnotationValue daysValue = Annotations.value(table, "ttlDays");
        int days = (Integer) daysValue.getValue();
        boolean hasTtl = type.getRecordComponents().stream().anyMatch(c -> Component.of(c).ttl() != null);
        if (days < 0) {
            report.error(Message.TTL_DAYS_NEGATIVE.format(days), type, table, daysValue);
        } else if (days > 0 && !hasTtl) {
            report.error(Message.TTL_DAYS_WITHOUT_TTL.format(days), type, table, daysValue);
        }
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
