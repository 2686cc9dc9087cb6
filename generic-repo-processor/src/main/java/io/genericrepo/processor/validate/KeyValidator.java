package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.TypeModel;
import io.genericrepo.processor.model.TypeResolver;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Checks the table's keys and the components with a role: {@code @Ttl} and {@code @Version}. */
final class KeyValidator {

    private static final Set<String> TTL_TYPES = Set.of("java.time.Instant", "long", "java.lang.Long");
    private static final Set<String> VERSION_TYPES = Set.of("int", "java.lang.Integer", "long", "java.lang.Long");

    private final TypeResolver resolver;

    KeyValidator(TypeResolver resolver) {
        this.resolver = resolver;
    }

    void validate(String record, TypeElement type, List<Component> components, ValidationReport report) {
        List<Component> partitionKeys = having(components, Component::partitionKey);
        List<Component> sortKeys = having(components, Component::sortKey);
        if (partitionKeys.isEmpty()) {
            report.error(Message.MISSING_PARTITION_KEY.format(record), type);
        }
        for (Component extra : partitionKeys.subList(Math.min(1, partitionKeys.size()), partitionKeys.size())) {
            report.error(Message.DUPLICATE_PARTITION_KEY.format(record, names(partitionKeys)), extra.element(),
                    extra.partitionKey());
        }
        for (Component extra : sortKeys.subList(Math.min(1, sortKeys.size()), sortKeys.size())) {
            report.error(Message.DUPLICATE_SORT_KEY.format(record, names(sortKeys)), extra.element(), extra.sortKey());
        }
        for (Component c : components) {
            if (c.partitionKey() != null && c.sortKey() != null) {
                report.error(Message.KEY_ON_BOTH.format(c.name()), c.element(), c.sortKey());
            }
            if (c.isKey()) {
                checkKeyType(c, c.partitionKey() != null ? c.partitionKey() : c.sortKey(), Message.KEY_TYPE, report);
            }
        }
        checkRole(record, having(components, Component::ttl), Component::ttl, TTL_TYPES, Message.TTL_TYPE,
                Message.DUPLICATE_TTL, Message.TTL_ON_KEY, report);
        checkRole(record, having(components, Component::version), Component::version, VERSION_TYPES,
                Message.VERSION_TYPE, Message.DUPLICATE_VERSION, Message.VERSION_ON_KEY, report);
    }

    /** A table or index key must be stored as S, N or B, with a type known at compile time. */
    void checkKeyType(Component c, AnnotationMirror keyAnnotation, Message typeMessage, ValidationReport report) {
        if (c.converter() != null) {
            report.error(Message.KEY_CONVERTER.format(c.name()), c.element(), c.converter());
            return;
        }
        TypeModel model = resolver.resolve(c, c.name()).model();
        if (model != null && model.keyType() == null) {
            report.error(typeMessage.format(c.name(), c.type()), c.element(), keyAnnotation);
        }
    }

    private static void checkRole(String record, List<Component> marked, Function<Component, AnnotationMirror> mark,
            Set<String> allowed, Message typeMessage, Message duplicate, Message onKey, ValidationReport report) {
        for (int i = 0; i < marked.size(); i++) {
            Component c = marked.get(i);
            if (i > 0) {
                report.error(duplicate.format(record, names(marked)), c.element(), mark.apply(c));
            }
            if (!allowed.contains(c.type().toString())) {
                report.error(typeMessage.format(c.name(), c.type()), c.element(), mark.apply(c));
            }
            if (c.isKey()) {
                report.error(onKey.format(c.name()), c.element(), mark.apply(c));
            }
        }
    }

    private static List<Component> having(List<Component> components, Function<Component, AnnotationMirror> mark) {
        return components.stream().filter(c -> mark.apply(c) != null).collect(Collectors.toList());
    }

    private static String names(List<Component> components) {
        return components.stream().map(Component::name).collect(Collectors.joining(", "));
    }
}
