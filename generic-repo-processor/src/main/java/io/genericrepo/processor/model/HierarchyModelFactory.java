package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.SingleTableAnnotations;
import io.genericrepo.processor.collect.SingleTableAnnotations.Layout;
import io.genericrepo.processor.model.EntityModel.IndexKeysModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Builds the plain {@link HierarchyModel} of a sealed {@code @Table} interface that passed validation. */
public final class HierarchyModelFactory {

    private final ModelFactory tables;

    /**
     * @param tables the factory of table models, for each entity's attributes
     */
    public HierarchyModelFactory(ModelFactory tables) {
        this.tables = tables;
    }

    /**
     * @param type a valid sealed {@code @Table} interface
     * @return its model
     */
    public HierarchyModel create(TypeElement type) {
        AnnotationMirror table = Annotations.find(type, Annotations.TABLE).orElseThrow();
        String tableName = SingleTableAnnotations.string(table, "name");
        int ttlDays = (Integer) Annotations.value(table, "ttlDays").getValue();
        Layout layout = SingleTableAnnotations.layout(type);
        Set<String> constants = new HashSet<>(Set.of("SCHEMA", "PATHS"));
        List<SharedIndexModel> indexes = new ArrayList<>();
        for (AnnotationMirror index : layout.indexes()) {
            String name = SingleTableAnnotations.string(index, "name");
            String sortKey = SingleTableAnnotations.string(index, "sortKey");
            indexes.add(new SharedIndexModel(name, SingleTableAnnotations.string(index, "partitionKey"),
                    sortKey.isEmpty() ? null : sortKey, Names.unique(Names.constant(name), constants)));
        }
        indexes.sort(Comparator.comparing(SharedIndexModel::name));
        FileSettings settings = tables.settings(type);
        Map<TypeElement, EntityModel> entities = new LinkedHashMap<>();
        Set<String> views = new HashSet<>();
        String ttl = null;
        String version = null;
        for (TypeElement record : SingleTableAnnotations.permitted(type)) {
            EntityModel entity = entity(record, tableName, ttlDays, layout, indexes, views, settings);
            entities.put(record, entity);
            ttl = entity.table().ttl() != null ? entity.table().ttl().attributeName() : ttl;
            version = entity.table().version() != null ? entity.table().version().attributeName() : version;
        }
        List<CollectionModel> collections = new ArrayList<>();
        for (AnnotationMirror collection : SingleTableAnnotations.collections(type)) {
            collections.add(collection(ClassName.get(type).packageName(), collection, entities));
        }
        return new HierarchyModel(ClassName.get(type), tableName, ttlDays, layout.partitionKey(), layout.sortKey(),
                layout.typeAttribute(), indexes, ttl, version, List.copyOf(entities.values()), collections, settings);
    }

    private EntityModel entity(TypeElement record, String tableName, int ttlDays, Layout layout,
            List<SharedIndexModel> indexes, Set<String> views, FileSettings settings) {
        AnnotationMirror entity = SingleTableAnnotations.entity(record).orElseThrow();
        KeyTemplateModel pk = KeyTemplateModel.of(layout.partitionKey(), SingleTableAnnotations.string(entity, "partitionKey"), false);
        KeyTemplateModel sk = KeyTemplateModel.of(layout.sortKey(), SingleTableAnnotations.string(entity, "sortKey"), true);
        Set<String> keyComponents = new LinkedHashSet<>(pk.placeholders());
        keyComponents.addAll(sk.placeholders());
        List<IndexKeysModel> indexKeys = new ArrayList<>();
        for (AnnotationMirror keys : SingleTableAnnotations.mirrors(entity, "indexKeys")) {
            String name = SingleTableAnnotations.string(keys, "index");
            SharedIndexModel index = indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
            String sortTemplate = SingleTableAnnotations.string(keys, "sortKey");
            indexKeys.add(new IndexKeysModel(index,
                    KeyTemplateModel.of(index.partitionKey(), SingleTableAnnotations.string(keys, "partitionKey"), false),
                    index.sortKey() == null ? null : KeyTemplateModel.of(index.sortKey(), sortTemplate, true),
                    (Boolean) Annotations.value(keys, "sparse").getValue()));
        }
        indexKeys.sort(Comparator.comparing(k -> k.index().name()));
        List<String> keyNames = List.copyOf(keyComponents);
        TableModel model = tables.createEntity(record, tableName, ttlDays, keyNames, keyConstants(pk, sk, indexKeys, indexes),
                settings);
        List<AttributeModel> keyAttributes = new ArrayList<>();
        for (String name : keyNames) {
            keyAttributes.add(model.attributes().stream().filter(a -> a.component().equals(name)).findFirst()
                    .orElseThrow());
        }
        boolean store = (Boolean) Annotations.value(entity, "storeKeyComponents").getValue();
        return new EntityModel(model, SingleTableAnnotations.tag(entity, record), pk, sk, indexKeys, keyAttributes,
                store, Names.unique(plural(record.getSimpleName().toString()), views));
    }

    /** The entity schema's constants a component's converter constant must not take: templates, key parts, indexes. */
    private static Set<String> keyConstants(KeyTemplateModel pk, KeyTemplateModel sk, List<IndexKeysModel> indexKeys,
            List<SharedIndexModel> indexes) {
        List<KeyTemplateModel> templates = new ArrayList<>(List.of(pk, sk));
        for (IndexKeysModel keys : indexKeys) {
            templates.add(keys.partitionKey());
            if (keys.sortKey() != null) {
                templates.add(keys.sortKey());
            }
        }
        Set<String> out = new HashSet<>();
        for (KeyTemplateModel t : templates) {
            out.add(t.constant());
            t.placeholders().forEach(c -> out.add(KeyTemplateModel.partConstant(c)));
        }
        indexes.forEach(i -> out.add(i.constantName()));
        return out;
    }

    private static CollectionModel collection(String packageName, AnnotationMirror collection,
            Map<TypeElement, EntityModel> entities) {
        String name = SingleTableAnnotations.string(collection, "name");
        TypeElement partition = SingleTableAnnotations.classes(collection, "partition").get(0);
        List<EntityModel> members = new ArrayList<>();
        List<String> memberNames = new ArrayList<>();
        for (TypeElement member : SingleTableAnnotations.classes(collection, "members")) {
            if (!member.equals(partition) && !members.contains(entities.get(member))) {
                members.add(entities.get(member));
                memberNames.add(plural(member.getSimpleName().toString()));
            }
        }
        return new CollectionModel(ClassName.get(packageName, name), lowerFirst(name), entities.get(partition),
                lowerFirst(partition.getSimpleName().toString()), members, memberNames);
    }

    /** {@code Order} → {@code orders}, {@code Address} → {@code addresses}, {@code Category} → {@code categories}. */
    static String plural(String simpleName) {
        String lower = lowerFirst(simpleName);
        String l = lower.toLowerCase(Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("ch") || l.endsWith("sh")) {
            return lower + "es";
        }
        if (l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        return lower + "s";
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
