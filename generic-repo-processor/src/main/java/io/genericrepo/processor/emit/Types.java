package io.genericrepo.processor.emit;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code names. One named in an expression of the metamodel (not only
 * as a type) must be listed in {@code GeneratedNames}, so that a component of its name is reported.
 */
final class Types {

    static final String RUNTIME = "io.genericrepo";
    static final String MAPPING = "io.genericrepo.internal.mapping";
    static final String PATHS = "io.genericrepo.path";

    static final ClassName TABLE_SCHEMA = ClassName.get(RUNTIME, "TableSchema");
    static final ClassName TABLE_METADATA = ClassName.get(RUNTIME, "TableMetadata");
    static final ClassName KEY_ATTRIBUTE = ClassName.get(RUNTIME, "KeyAttribute");
    static final ClassName ATTRIBUTE_CONVERTER = ClassName.get(RUNTIME, "AttributeConverter");
    static final ClassName REPOSITORY = ClassName.get(RUNTIME, "Repository");
    static final ClassName REPOSITORY_BUILDER = ClassName.get(RUNTIME, "RepositoryBuilder");
    static final ClassName ASYNC_REPOSITORY = ClassName.get(RUNTIME, "AsyncRepository");
    static final ClassName ASYNC_REPOSITORY_BUILDER = ClassName.get(RUNTIME, "AsyncRepositoryBuilder");

    static final ClassName CONVERTERS = ClassName.get(MAPPING, "Converters");
    static final ClassName MORE_CONVERTERS = ClassName.get(MAPPING, "MoreConverters");
    static final ClassName COLLECTION_CONVERTERS = ClassName.get(MAPPING, "CollectionConverters");
    static final ClassName ITEM_WRITER = ClassName.get(MAPPING, "ItemWriter");
    static final ClassName ITEM_READER = ClassName.get(MAPPING, "ItemReader");
    static final ClassName KEYS = ClassName.get(MAPPING, "Keys");

    static final ClassName ITEM_KEY = ClassName.get(RUNTIME, "ItemKey");
    static final ClassName KEY_TEMPLATE = ClassName.get("io.genericrepo.internal.keys", "KeyTemplate");
    static final ClassName KEY_PART = ClassName.get("io.genericrepo.internal.keys", "KeyPart");
    static final ClassName KEY_PARTS = ClassName.get("io.genericrepo.internal.keys", "KeyParts");
    static final ClassName ENTITY_KEYS = ClassName.get("io.genericrepo.internal.entity", "EntityKeys");
    static final ClassName ENTITY_TAGS = ClassName.get("io.genericrepo.internal.entity", "EntityTags");
    static final ClassName ENTITY_TYPE = ClassName.get("io.genericrepo.internal.entity", "EntityType");
    static final ClassName HIERARCHY_SCHEMA = ClassName.get("io.genericrepo.internal.entity", "HierarchySchema");
    static final ClassName KEY_TEMPLATE_PATH = ClassName.get(PATHS, "KeyTemplatePath");
    static final ClassName VALUE_PATH = ClassName.get(PATHS, "ValuePath");
    static final ClassName STRING_PATH = ClassName.get(PATHS, "StringPath");
    static final ClassName ATTRIBUTE_PATH = ClassName.get(PATHS, "AttributePath");
    static final ClassName INDEX = ClassName.get(PATHS, "Index");
    static final ClassName RECORD_PATH = ClassName.get(PATHS, "RecordPath");
    static final ClassName PATH = ClassName.get(PATHS, "Path");

    static final ClassName ATTRIBUTE_VALUE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
    static final ClassName SCALAR_ATTRIBUTE_TYPE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");

    private Types() {}
}
