package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.store.Database;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;

/** DescribeTable: the table's current description, counts included. */
public final class DescribeTable {

    private final Database db;

    /** @param db the engine's tables */
    public DescribeTable(Database db) {
        this.db = db;
    }

    /** Validates and describes. */
    public DescribeTableResponse apply(DescribeTableRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        return Responses.ok(DescribeTableResponse.builder()).table(Descriptions.of(db.describe(name))).build();
    }
}
