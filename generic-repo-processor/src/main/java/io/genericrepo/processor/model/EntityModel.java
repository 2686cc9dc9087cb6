package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.model.GeneratedNames.Role;
import java.util.List;

/**
 * One entity record of a single-table hierarchy.
 *
 * @param table the record as a table model: its attributes, TTL, version and nested records (its
 *     {@code partitionKey} and {@code sortKey} are the first two key components, so that the
 *     key type of the shared emitters is the entity's)
 * @param tag its type tag
 * @param partitionKey the partition key template
 * @param sortKey the sort key template
 * @param indexKeys the templates of the shared indexes it appears in
 * @param keyComponents the components its key templates name, in order, each once
 * @param storeKeyComponents whether key components are stored as attributes of their own
 * @param viewName the hierarchy repository's method returning its typed view, such as {@code orders}
 */
public record EntityModel(TableModel table, String tag, KeyTemplateModel partitionKey, KeyTemplateModel sortKey,
        List<IndexKeysModel> indexKeys, List<AttributeModel> keyComponents, boolean storeKeyComponents,
        String viewName) {

    /**
     * The templates of one shared index.
     *
     * @param index the index
     * @param partitionKey its partition key template
     * @param sortKey its sort key template, or null when the index has no sort key
     * @param sparse whether an item with a null component of these templates is saved without
     *     this index's keys (else it is refused)
     */
    public record IndexKeysModel(SharedIndexModel index, KeyTemplateModel partitionKey, KeyTemplateModel sortKey,
            boolean sparse) {}

    /** @return the record */
    public ClassName record() {
        return table.record();
    }

    /** @return the key: the one key component's boxed type, else the generated key record */
    public TypeName keyType() {
        return keyComponents.size() == 1 ? keyComponents.get(0).type().boxed() : table.keyClass();
    }

    /** @return true when a key record is generated */
    public boolean hasKeyRecord() {
        return keyComponents.size() != 1;
    }

    /**
     * @return the type a typed view's {@code query(...)} takes: the one component of the partition
     *     key template, else the stored string
     */
    public TypeName partitionType() {
        AttributeModel one = partitionComponent();
        return one == null ? ClassName.get(String.class) : one.type().boxed();
    }

    /** @return the one component of the partition key template, or null when it has none or several */
    public AttributeModel partitionComponent() {
        return partitionKey.placeholders().size() == 1 ? attribute(partitionKey.placeholders().get(0)) : null;
    }

    /**
     * @param component a component name
     * @return its attribute model
     */
    public AttributeModel attribute(String component) {
        return table.attributes().stream().filter(a -> a.component().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no component " + component));
    }

    /** @return {@code OrderRepository}, the typed view */
    public ClassName viewClass() {
        return GeneratedNames.type(record(), Role.REPOSITORY);
    }

    /** @return {@code OrderAsyncRepository}, the async typed view */
    public ClassName asyncViewClass() {
        return GeneratedNames.type(record(), Role.ASYNC_REPOSITORY);
    }
}
