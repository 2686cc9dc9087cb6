package io.genericrepo.inmemory.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * A secondary index's definition as created: name, global or local, keys and projection.
 *
 * @param name the index name
 * @param global true for a GSI, false for an LSI
 * @param hash the index partition key
 * @param range the index sort key, or null
 * @param projection the projection as the request gave it (for DescribeTable)
 * @param provisionedThroughput read and write units of a provisioned GSI, or null
 */
public record IndexSchema(String name, boolean global, KeyAttribute hash, KeyAttribute range, Projection projection,
        ProvisionedThroughput provisionedThroughput) {

    /** @return the projection type (KEYS_ONLY, INCLUDE or ALL) */
    public ProjectionType projectionType() {
        return projection.projectionType();
    }

    /** @return the index's key attribute names, partition key first */
    public List<String> keyNames() {
        return range == null ? List.of(hash.name()) : List.of(hash.name(), range.name());
    }

    /**
     * @param tableKeys the table's key attribute names
     * @param attribute an attribute name
     * @return whether the index holds that attribute of its items
     */
    public boolean projects(List<String> tableKeys, String attribute) {
        return switch (projectionType()) {
            case ALL -> true;
            case INCLUDE -> isKey(tableKeys, attribute) || projection.nonKeyAttributes().contains(attribute);
            default -> isKey(tableKeys, attribute);
        };
    }

    /**
     * @param tableKeys the table's key attribute names
     * @param item an item of the table
     * @return the part of the item the index holds (the item itself for ALL)
     */
    public Map<String, AttributeValue> project(List<String> tableKeys, Map<String, AttributeValue> item) {
        if (projectionType() == ProjectionType.ALL) {
            return item;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            if (projects(tableKeys, e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private boolean isKey(List<String> tableKeys, String attribute) {
        return tableKeys.contains(attribute) || attribute.equals(hash.name())
                || (range != null && attribute.equals(range.name()));
    }
}
