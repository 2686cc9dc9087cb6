package io.genericrepo.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A composed key template after the compile-time checks: its literal texts and, per placeholder,
 * the component and how it is written into the key. Emitters turn it into a runtime
 * {@code KeyTemplate} constant and calls of the {@code KeyParts} it names.
 *
 * @param template the template as written, such as {@code ORDER#{placedAt}#{orderId}}
 * @param attribute the physical key attribute it builds, such as {@code sk}
 * @param role partition or sort key (its DynamoDB size limit differs)
 * @param literals the literal texts: before the first placeholder, then after each; one more than parts
 * @param parts the placeholders in template order
 */
public record TemplateModel(String template, String attribute, Role role, List<String> literals, List<Part> parts) {

    /** Copies the lists. */
    public TemplateModel {
        literals = List.copyOf(literals);
        parts = List.copyOf(parts);
        if (literals.size() != parts.size() + 1) {
            throw new IllegalArgumentException("a template has one literal more than placeholders");
        }
    }

    /** Which key a template builds; mirrors the runtime's {@code KeyTemplate.Role}. */
    public enum Role {
        /** A table's or index's partition key (2048 bytes at most). */
        PARTITION_KEY,
        /** A table's or index's sort key (1024 bytes at most). */
        SORT_KEY
    }

    /**
     * One placeholder.
     *
     * @param component the record component it names
     * @param kind how it is written
     * @param javaType the component's declared type (the enum's type for {@link KeyKind#ENUM})
     * @param constants every text the component can have, for an enum (its constants' names) or a
     *     boolean; empty for other kinds
     */
    public record Part(String component, KeyKind kind, TypeName javaType, List<String> constants) {
        /** Copies the constants. */
        public Part {
            constants = List.copyOf(constants);
        }
    }

    /** @return true when the template has no placeholder, such as {@code PROFILE} */
    public boolean isConstant() {
        return parts.isEmpty();
    }

    /** @return the component names, in template order */
    public List<String> components() {
        return parts.stream().map(Part::component).toList();
    }
}
