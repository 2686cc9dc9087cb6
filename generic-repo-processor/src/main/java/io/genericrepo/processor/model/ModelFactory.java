package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.Component;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Builds the plain {@link TableModel} of a record that passed validation. */
public final class ModelFactory {

    /** Names a schema's own constants take, which converter constants must avoid. */
    private static final Set<String> SCHEMA_MEMBERS = Set.of("INSTANCE", "METADATA");
    /** Likewise in a nested record's mapping class. */
    private static final Set<String> MAPPING_MEMBERS = Set.of("CONVERTER");
    /** An entity schema's own constants: its templates, partition path and key parts. */
    private static final Set<String> ENTITY_SCHEMA_MEMBERS = Set.of("PARTITION", "STRING_KEY", "INDEX_KEYS");

    private final Elements elements;
    private final TypeResolver resolver = new TypeResolver();
    private final FileSettingsFactory settings;

    /**
     * @param elements the compiler's elements
     */
    public ModelFactory(Elements elements) {
        this.elements = elements;
        this.settings = new FileSettingsFactory(elements);
    }

    /**
     * @param origin a {@code @Table} record or sealed interface
     * @return how its files are written next to the user's code
     */
    public FileSettings settings(TypeElement origin) {
        return settings.of(origin);
    }

    /**
     * @param record a valid {@code @Table} record
     * @return its model
     */
    public TableModel create(TypeElement record) {
        AnnotationMirror table = Annotations.find(record, Annotations.TABLE).orElseThrow();
        List<Component> components = record.getRecordComponents().stream().map(Component::of).toList();
        ClassName name = ClassName.get(record);
        Set<String> schemaMembers = new HashSet<>(SCHEMA_MEMBERS);
        // the schema names the metamodel in an expression (ORDER_.PATHS), where a constant ORDER_ would hide it
        schemaMembers.add(GeneratedNames.type(name, GeneratedNames.Role.METAMODEL).simpleName());
        List<AttributeModel> attributes = attributes(components, record.getSimpleName().toString(), schemaMembers);
        Map<String, AttributeModel> byComponent = new LinkedHashMap<>();
        attributes.forEach(a -> byComponent.put(a.component(), a));

        AttributeModel partitionKey = null;
        AttributeModel sortKey = null;
        AttributeModel ttl = null;
        AttributeModel version = null;
        Map<String, AttributeModel> indexPartitionKeys = new TreeMap<>();
        Map<String, AttributeModel> indexSortKeys = new TreeMap<>();
        for (Component c : components) {
            AttributeModel a = byComponent.get(c.name());
            partitionKey = c.partitionKey() != null ? a : partitionKey;
            sortKey = c.sortKey() != null ? a : sortKey;
            ttl = c.ttl() != null ? a : ttl;
            version = c.version() != null ? a : version;
            c.indexPartitionKeys().forEach(n -> indexPartitionKeys.put(n.name(), a));
            c.indexSortKeys().forEach(n -> indexSortKeys.put(n.name(), a));
        }
        List<IndexModel> indexes = indexes(partitionKey, indexPartitionKeys, indexSortKeys);
        return new TableModel(name,
                (String) Annotations.value(table, "name").getValue(),
                (Integer) Annotations.value(table, "ttlDays").getValue(),
                attributes, partitionKey, sortKey, indexes, ttl, version, nestedRecords(attributes),
                pathsConstant(attributes, indexes), settings.of(record));
    }

    /**
     * The table model of an entity record of a single-table hierarchy: its attributes, TTL,
     * version and nested records; no indexes of its own. Its partition and sort key are its first
     * two key components, so that the emitters shared with {@code @Table} records (the metamodel)
     * see the entity's key type.
     *
     * @param record a valid {@code @Entity} record
     * @param tableName the hierarchy's table
     * @param ttlDays the hierarchy's {@code ttlDays}
     * @param keyComponents the components its key templates name, in order, each once
     * @param keyConstants the schema's template, key-part and index constants, which converter
     *     constants give way to
     * @return its model
     */
    public TableModel createEntity(TypeElement record, String tableName, int ttlDays, List<String> keyComponents,
            Set<String> keyConstants, FileSettings fileSettings) {
        List<Component> components = record.getRecordComponents().stream().map(Component::of).toList();
        ClassName name = ClassName.get(record);
        Set<String> schemaMembers = new HashSet<>(SCHEMA_MEMBERS);
        schemaMembers.addAll(ENTITY_SCHEMA_MEMBERS);
        schemaMembers.addAll(keyConstants);
        schemaMembers.add(GeneratedNames.type(name, GeneratedNames.Role.METAMODEL).simpleName());
        List<AttributeModel> attributes = attributes(components, record.getSimpleName().toString(), schemaMembers);
        Map<String, AttributeModel> byComponent = new LinkedHashMap<>();
        attributes.forEach(a -> byComponent.put(a.component(), a));
        AttributeModel ttl = null;
        AttributeModel version = null;
        for (Component c : components) {
            ttl = c.ttl() != null ? byComponent.get(c.name()) : ttl;
            version = c.version() != null ? byComponent.get(c.name()) : version;
        }
        AttributeModel first = keyComponents.isEmpty() ? null : byComponent.get(keyComponents.get(0));
        AttributeModel second = keyComponents.size() < 2 ? null : byComponent.get(keyComponents.get(1));
        return new TableModel(name, tableName, ttlDays, attributes, first, second, List.of(), ttl, version,
                nestedRecords(attributes), pathsConstant(attributes, List.of()), fileSettings);
    }

    /** {@code PATHS} is package-private, so it yields to a component or index constant of that name. */
    private static String pathsConstant(List<AttributeModel> attributes, List<IndexModel> indexes) {
        Set<String> taken = new HashSet<>(Set.of(GeneratedNames.SCHEMA));
        attributes.forEach(a -> taken.add(a.component()));
        indexes.forEach(i -> taken.add(i.constantName()));
        return Names.unique(GeneratedNames.PATHS, taken);
    }

    private List<AttributeModel> attributes(List<Component> components, String path, Set<String> reserved) {
        Set<String> constants = new HashSet<>(reserved);
        List<AttributeModel> out = new ArrayList<>();
        for (Component c : components) {
            TypeModel type = resolver.resolve(c, path + "." + c.name()).model();
            out.add(new AttributeModel(c.name(), c.attributeName(), TypeName.get(c.type()), type,
                    Names.unique(Names.constant(c.name()), constants)));
        }
        return out;
    }

    private static List<IndexModel> indexes(AttributeModel partitionKey, Map<String, AttributeModel> partitionKeys,
            Map<String, AttributeModel> sortKeys) {
        Set<String> all = new TreeSet<>(partitionKeys.keySet()); // sorted: output must not depend on order
        all.addAll(sortKeys.keySet());
        Set<String> constants = new HashSet<>();
        List<IndexModel> out = new ArrayList<>();
        for (String name : all) {
            boolean global = partitionKeys.containsKey(name);
            out.add(new IndexModel(name, global, global ? partitionKeys.get(name) : partitionKey, sortKeys.get(name),
                    Names.unique(Names.constant(name), constants)));
        }
        return out;
    }

    /** Every nested record, in the order first met, walking depth-first. */
    private List<NestedRecordModel> nestedRecords(List<AttributeModel> attributes) {
        Map<ClassName, NestedRecordModel> found = new LinkedHashMap<>();
        Set<String> mappingNames = new HashSet<>();
        Set<String> pathNames = new HashSet<>();
        collect(attributes, found, mappingNames, pathNames);
        return List.copyOf(found.values());
    }

    private void collect(List<AttributeModel> attributes, Map<ClassName, NestedRecordModel> found,
            Set<String> mappingNames, Set<String> pathNames) {
        for (AttributeModel a : attributes) {
            ClassName ref = recordIn(a.type());
            if (ref == null || found.containsKey(ref)) {
                continue;
            }
            TypeElement element = elements.getTypeElement(ref.canonicalName());
            List<Component> components = new ArrayList<>();
            for (RecordComponentElement c : element.getRecordComponents()) {
                components.add(Component.of(c));
            }
            List<AttributeModel> nested = attributes(components, ref.simpleName(), MAPPING_MEMBERS);
            String simple = String.join("", ref.simpleNames());
            found.put(ref, new NestedRecordModel(ref, Names.unique(simple + "Mapping", mappingNames),
                    Names.unique(simple + "Path", pathNames), nested));
            collect(nested, found, mappingNames, pathNames);
        }
    }

    /**
     * @param type a type model
     * @return the record inside it (the type itself, or a list's, set's, map's or optional's content)
     */
    public static ClassName recordIn(TypeModel type) {
        if (type instanceof TypeModel.RecordRef r) {
            return r.boxed();
        }
        if (type instanceof TypeModel.ListOf l) {
            return recordIn(l.element());
        }
        if (type instanceof TypeModel.MapOf m) {
            return recordIn(m.value());
        }
        if (type instanceof TypeModel.OptionalOf o) {
            return recordIn(o.content());
        }
        return null;
    }
}
