package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.IndexSchema;
import io.genericrepo.inmemory.store.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * UpdateTable: creates a GSI (backfilled from the items at once, ACTIVE) or deletes one. Other
 * changes (billing, throughput, streams, replicas, ...) are refused by name rather than ignored.
 */
public final class UpdateTable {

    private static final int MAX_GSIS = 20;

    private final Database db;

    /** @param db the engine's tables */
    public UpdateTable(Database db) {
        this.db = db;
    }

    /** Validates and updates. */
    public UpdateTableResponse apply(UpdateTableRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("UpdateTable", "ProvisionedThroughput", r.provisionedThroughput() != null);
        Requests.noLegacy("UpdateTable", "StreamSpecification", r.streamSpecification() != null);
        Requests.noLegacy("UpdateTable", "ReplicaUpdates", r.hasReplicaUpdates());
        Requests.noLegacy("UpdateTable", "SSESpecification", r.sseSpecification() != null);
        Requests.noLegacy("UpdateTable", "TableClass", r.tableClass() != null);
        Table table = db.describe(name);
        if (r.billingMode() != null && r.billingMode() != table.billingMode()) {
            throw Errors.legacyParameter("UpdateTable", "BillingMode (a change of billing mode)");
        }
        if (!r.hasGlobalSecondaryIndexUpdates() || r.globalSecondaryIndexUpdates().isEmpty()) {
            throw Errors.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
                    + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        table.lock().writeLock().lock();
        try {
            for (GlobalSecondaryIndexUpdate u : r.globalSecondaryIndexUpdates()) {
                if (u.create() != null) {
                    create(table, u.create(), r);
                } else if (u.delete() != null) {
                    IndexData index = table.index(u.delete().indexName());
                    if (index == null || !index.schema().global()) {
                        throw Errors.resourceNotFound("Requested resource not found: Index: " + u.delete().indexName()
                                + " not found");
                    }
                    table.removeIndex(u.delete().indexName());
                } else {
                    throw Errors.legacyParameter("UpdateTable", "GlobalSecondaryIndexUpdates.Update");
                }
            }
        } finally {
            table.lock().writeLock().unlock();
        }
        return Responses.ok(UpdateTableResponse.builder()).tableDescription(Descriptions.of(table)).build();
    }

    private static void create(Table table, CreateGlobalSecondaryIndexAction c, UpdateTableRequest r) {
        Map<String, ScalarAttributeType> definitions = new LinkedHashMap<>();
        for (AttributeDefinition d : table.attributeDefinitions()) {
            definitions.put(d.attributeName(), d.attributeType());
        }
        if (r.hasAttributeDefinitions()) {
            for (Map.Entry<String, ScalarAttributeType> e : CreateTable.definitions(r.attributeDefinitions(), true).entrySet()) {
                ScalarAttributeType old = definitions.put(e.getKey(), e.getValue());
                if (old != null && old != e.getValue()) {
                    throw Errors.invalidParameter("Cannot change the type of attribute " + e.getKey()
                            + " from " + old + " to " + e.getValue());
                }
            }
        }
        if (table.billingMode() == BillingMode.PAY_PER_REQUEST && c.provisionedThroughput() != null) {
            throw Errors.invalidParameter("ProvisionedThroughput should not be specified for index: "
                    + c.indexName() + " when BillingMode is PAY_PER_REQUEST");
        }
        IndexSchema schema = KeySchemas.index(c.indexName(), true, c.keySchema(), c.hasKeySchema(), c.projection(),
                c.provisionedThroughput(), definitions);
        if (table.index(schema.name()) != null) {
            throw Errors.validation("One or more parameter values were invalid: Index already exists: " + schema.name());
        }
        long gsis = table.indexes().stream().filter(i -> i.schema().global()).count();
        if (gsis >= MAX_GSIS) {
            throw Errors.limitExceeded("GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GSIS);
        }
        Set<String> used = new HashSet<>(table.keyNames());
        for (IndexData i : table.indexes()) {
            used.addAll(i.schema().keyNames());
        }
        used.addAll(schema.keyNames());
        KeySchemas.allDefinitionsUsed(definitions, used, true);
        List<AttributeDefinition> list = new ArrayList<>();
        definitions.forEach((n, t) -> list.add(AttributeDefinition.builder().attributeName(n).attributeType(t).build()));
        table.addIndex(schema, list);
    }
}
