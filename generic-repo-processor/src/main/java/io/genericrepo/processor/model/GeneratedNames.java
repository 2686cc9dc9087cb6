package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The names generated code takes that a user's names can collide with, in one place: the types
 * generated beside a record, the metamodel's own constants, and the types generated code names in
 * expressions, where a field of the same name would hide them (JLS 6.4.2: a variable is preferred
 * to a type). The validator reports a user's name that collides with one of them; the model
 * renames the generated names users never write ({@code PATHS}, converter constants).
 */
public final class GeneratedNames {

    /** The metamodel's public schema constant, {@code Order_.SCHEMA}. */
    public static final String SCHEMA = "SCHEMA";
    /** The metamodel's package-private map of paths, for {@code Filters.fromMap}. */
    public static final String PATHS = "PATHS";

    /**
     * Runtime types the metamodel names in expressions ({@code AttributePath.of(...)}), which a
     * component of the same name would hide; the schema class ({@code OrderSchema.INSTANCE}) too.
     */
    public static final List<ClassName> METAMODEL_EXPRESSION_TYPES = List.of(
            ClassName.get("io.genericrepo.path", "AttributePath"),
            ClassName.get("io.genericrepo.path", "Index"),
            ClassName.get("io.genericrepo.path", "Path"),
            ClassName.get("io.genericrepo.internal.mapping", "Converters"),
            ClassName.get("io.genericrepo.internal.mapping", "MoreConverters"),
            ClassName.get("io.genericrepo.internal.mapping", "CollectionConverters"));

    /**
     * Likewise inside a nested record's path class, whose fields are the nested record's
     * components: its constructor names these (and the schema class).
     */
    public static final List<ClassName> PATH_CLASS_EXPRESSION_TYPES = List.of(
            ClassName.get("io.genericrepo.internal.mapping", "Converters"),
            ClassName.get("io.genericrepo.internal.mapping", "MoreConverters"),
            ClassName.get("io.genericrepo.internal.mapping", "CollectionConverters"));

    /** A type generated beside each {@code @Table} record, named by a suffix to the record's name. */
    public enum Role {
        SCHEMA("Schema", "schema"),
        KEY("Key", "key record"),
        METAMODEL("_", "metamodel"),
        REPOSITORY("Repository", "repository"),
        ASYNC_REPOSITORY("AsyncRepository", "async repository");

        private final String suffix;
        private final String description;

        Role(String suffix, String description) {
            this.suffix = suffix;
            this.description = description;
        }

        /** @return what the type is, for messages: {@code key record} */
        public String description() {
            return description;
        }
    }

    private GeneratedNames() {}

    /**
     * @param record a {@code @Table} record, such as {@code shop.Order} or {@code shop.Outer.Order}
     * @param role which generated type
     * @return its name: {@code shop.OrderKey}, {@code shop.Outer_OrderKey}
     */
    public static ClassName type(ClassName record, Role role) {
        return ClassName.get(record.packageName(), String.join("_", record.simpleNames()) + role.suffix);
    }

    /**
     * @param record a {@code @Table} record
     * @param hasSortKey whether it has a sort key (only then is a key record generated)
     * @return every type generated for it, in the order they are written
     */
    public static Map<Role, ClassName> types(ClassName record, boolean hasSortKey) {
        Map<Role, ClassName> out = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.KEY || hasSortKey) {
                out.put(role, type(record, role));
            }
        }
        return out;
    }
}
