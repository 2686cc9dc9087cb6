package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.model.GeneratedNames.Role;
import java.util.List;

/**
 * Everything the emitters need about a single-table hierarchy: a sealed {@code @Table} interface
 * and its entity records.
 *
 * @param type the sealed interface
 * @param tableName {@code @Table(name)}
 * @param ttlDays {@code @Table(ttlDays)}
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute
 * @param typeAttribute the attribute holding the type tag
 * @param indexes the shared indexes, sorted by name
 * @param ttlAttribute the entities' common {@code @Ttl} attribute, or null
 * @param versionAttribute the entities' common {@code @Version} attribute, or null
 * @param entities the entities, in the order the interface permits them
 * @param collections the item collections
 * @param settings how its files are written next to the user's code
 */
public record HierarchyModel(ClassName type, String tableName, int ttlDays, String partitionKey, String sortKey,
        String typeAttribute, List<SharedIndexModel> indexes, String ttlAttribute, String versionAttribute,
        List<EntityModel> entities, List<CollectionModel> collections,
        FileSettings settings) {

    /** @return {@code ShopItemSchema} */
    public ClassName schemaClass() {
        return GeneratedNames.type(type, Role.SCHEMA);
    }

    /** @return {@code ShopItem_} */
    public ClassName metamodelClass() {
        return GeneratedNames.type(type, Role.METAMODEL);
    }

    /** @return {@code ShopItemRepository} */
    public ClassName repositoryClass() {
        return GeneratedNames.type(type, Role.REPOSITORY);
    }

    /** @return {@code ShopItemAsyncRepository} */
    public ClassName asyncRepositoryClass() {
        return GeneratedNames.type(type, Role.ASYNC_REPOSITORY);
    }
}
