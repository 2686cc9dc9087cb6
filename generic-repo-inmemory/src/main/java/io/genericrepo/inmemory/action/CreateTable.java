package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.IndexSchema;
import io.genericrepo.inmemory.store.KeyAttribute;
import io.genericrepo.inmemory.store.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * CreateTable: validates the key schema, attribute definitions, indexes and billing as DynamoDB
 * does, then creates the table, ACTIVE at once.
 */
public final class CreateTable {

    private static final int MAX_LSIS = 5;
    private static final int MAX_GSIS = 20;

    private final Database db;

    /** @param db the engine's tables */
    public CreateTable(Database db) {
        this.db = db;
    }

    /** Validates and creates. */
    public CreateTableResponse apply(CreateTableRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        BillingMode billing = billing(r);
        Requests.noLegacy("CreateTable", "StreamSpecification (streams)",
                r.streamSpecification() != null && Boolean.TRUE.equals(r.streamSpecification().streamEnabled()));
        Map<String, ScalarAttributeType> definitions = definitions(r.attributeDefinitions(), r.hasAttributeDefinitions());
        KeyAttribute[] keys = KeySchemas.keys(r.keySchema(), r.hasKeySchema(), "keySchema", definitions);
        Set<String> used = new HashSet<>();
        used.add(keys[0].name());
        if (keys[1] != null) {
            used.add(keys[1].name());
        }
        List<IndexSchema> indexes = new ArrayList<>();
        Set<String> indexNames = new HashSet<>();
        if (r.hasLocalSecondaryIndexes()) {
            if (r.localSecondaryIndexes().isEmpty()) {
                throw Errors.invalidParameter("List of LocalSecondaryIndexes is empty");
            }
            if (keys[1] == null) {
                throw Errors.invalidParameter("Table KeySchema does not have a range key, which is required when"
                        + " specifying a LocalSecondaryIndex");
            }
            for (LocalSecondaryIndex lsi : r.localSecondaryIndexes()) {
                IndexSchema index = KeySchemas.index(lsi.indexName(), false, lsi.keySchema(), lsi.hasKeySchema(),
                        lsi.projection(), null, definitions);
                if (index.range() == null) {
                    throw Errors.invalidParameter("Index KeySchema does not have a range key for index: " + index.name());
                }
                if (!index.hash().name().equals(keys[0].name())) {
                    throw Errors.invalidParameter("Index KeySchema does not have the same leading hash key as table"
                            + " KeySchema for index: " + index.name() + ". index hash key: " + index.hash().name()
                            + ", table hash key: " + keys[0].name());
                }
                add(indexes, indexNames, used, index);
            }
            if (r.localSecondaryIndexes().size() > MAX_LSIS) {
                throw Errors.invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of " + MAX_LSIS);
            }
        }
        if (r.hasGlobalSecondaryIndexes()) {
            if (r.globalSecondaryIndexes().isEmpty()) {
                throw Errors.invalidParameter("List of GlobalSecondaryIndexes is empty");
            }
            for (GlobalSecondaryIndex gsi : r.globalSecondaryIndexes()) {
                if (billing == BillingMode.PAY_PER_REQUEST && gsi.provisionedThroughput() != null) {
                    throw Errors.invalidParameter("ProvisionedThroughput should not be specified for index: "
                            + gsi.indexName() + " when BillingMode is PAY_PER_REQUEST");
                }
                if (billing == BillingMode.PROVISIONED && (gsi.provisionedThroughput() == null
                        || gsi.provisionedThroughput().readCapacityUnits() == null
                        || gsi.provisionedThroughput().writeCapacityUnits() == null)) {
                    throw Errors.invalidParameter("ProvisionedThroughput must be specified for index: " + gsi.indexName());
                }
                add(indexes, indexNames, used, KeySchemas.index(gsi.indexName(), true, gsi.keySchema(),
                        gsi.hasKeySchema(), gsi.projection(), gsi.provisionedThroughput(), definitions));
            }
            if (r.globalSecondaryIndexes().size() > MAX_GSIS) {
                throw Errors.invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GSIS);
            }
        }
        KeySchemas.allDefinitionsUsed(definitions, used, !indexes.isEmpty());
        Table table = db.create(name, keys[0], keys[1], r.attributeDefinitions(), indexes, billing,
                billing == BillingMode.PROVISIONED ? r.provisionedThroughput() : null);
        return Responses.ok(CreateTableResponse.builder()).tableDescription(Descriptions.of(table)).build();
    }

    private static void add(List<IndexSchema> indexes, Set<String> names, Set<String> used, IndexSchema index) {
        if (!names.add(index.name())) {
            throw Errors.invalidParameter("Duplicate index name: " + index.name());
        }
        used.addAll(index.keyNames());
        indexes.add(index);
    }

    private static BillingMode billing(CreateTableRequest r) {
        BillingMode mode = r.billingMode() == null ? BillingMode.PROVISIONED : r.billingMode();
        if (mode == BillingMode.UNKNOWN_TO_SDK_VERSION) {
            throw Errors.constraint(r.billingModeAsString(), "billingMode",
                    "must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        }
        ProvisionedThroughput t = r.provisionedThroughput();
        if (mode == BillingMode.PAY_PER_REQUEST && t != null) {
            throw Errors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when"
                    + " BillingMode is PAY_PER_REQUEST");
        }
        if (mode == BillingMode.PROVISIONED
                && (t == null || t.readCapacityUnits() == null || t.writeCapacityUnits() == null
                        || t.readCapacityUnits() < 1 || t.writeCapacityUnits() < 1)) {
            throw Errors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified when"
                    + " BillingMode is PROVISIONED");
        }
        return mode;
    }

    static Map<String, ScalarAttributeType> definitions(List<AttributeDefinition> list, boolean given) {
        if (!given) {
            throw Errors.constraint(null, "attributeDefinitions", "must not be null");
        }
        Map<String, ScalarAttributeType> out = new LinkedHashMap<>();
        for (AttributeDefinition d : list) {
            ScalarAttributeType type = d.attributeType();
            if (type == null || type == ScalarAttributeType.UNKNOWN_TO_SDK_VERSION) {
                throw Errors.constraint(d.attributeTypeAsString(), "attributeDefinitions.member.attributeType",
                        "must satisfy enum value set: [B, N, S]");
            }
            if (out.put(d.attributeName(), type) != null) {
                throw Errors.invalidParameter("Duplicate AttributeName attributes in AttributeDefinitions");
            }
        }
        return out;
    }
}
