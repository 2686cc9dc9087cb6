package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.model.GeneratedNames.Role;
import java.util.List;

/**
 * Everything the emitters need about one {@code @Table} record: plain names and types.
 *
 * @param record the record
 * @param tableName {@code @Table(name)}
 * @param ttlDays {@code @Table(ttlDays)}
 * @param attributes its components, in declaration order
 * @param partitionKey the partition key
 * @param sortKey the sort key, or null
 * @param indexes the secondary indexes, sorted by name
 * @param ttl the {@code @Ttl} component, or null
 * @param version the {@code @Version} component, or null
 * @param nestedRecords every record nested in it, in the order first met
 * @param pathsConstant the metamodel's package-private map of paths: {@code PATHS}, unless a
 *     component has that name
 * @param settings how its files are written next to the user's code
 */
public record TableModel(ClassName record, String tableName, int ttlDays, List<AttributeModel> attributes,
        AttributeModel partitionKey, AttributeModel sortKey, List<IndexModel> indexes, AttributeModel ttl,
        AttributeModel version, List<NestedRecordModel> nestedRecords, String pathsConstant,
        FileSettings settings) {

    /** @return {@code OrderSchema} */
    public ClassName schemaClass() {
        return GeneratedNames.type(record, Role.SCHEMA);
    }

    /** @return {@code OrderRepository} */
    public ClassName repositoryClass() {
        return GeneratedNames.type(record, Role.REPOSITORY);
    }

    /** @return {@code OrderAsyncRepository} */
    public ClassName asyncRepositoryClass() {
        return GeneratedNames.type(record, Role.ASYNC_REPOSITORY);
    }

    /** @return {@code OrderKey}; only generated for a table with a sort key */
    public ClassName keyClass() {
        return GeneratedNames.type(record, Role.KEY);
    }

    /** @return {@code Order_} */
    public ClassName metamodelClass() {
        return GeneratedNames.type(record, Role.METAMODEL);
    }

    /** @return the key type: {@code OrderKey}, or the boxed partition key type */
    public TypeName keyType() {
        return sortKey == null ? partitionKey.type().boxed() : keyClass();
    }

    /**
     * @param type a nested record
     * @return its model
     */
    public NestedRecordModel nested(ClassName type) {
        return nestedRecords.stream().filter(n -> n.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no nested record " + type));
    }
}
