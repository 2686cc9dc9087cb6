package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.store.Database;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** DeleteTable: removes the table at once and answers with its last description, status DELETING. */
public final class DeleteTable {

    private final Database db;

    /** @param db the engine's tables */
    public DeleteTable(Database db) {
        this.db = db;
    }

    /** Validates and deletes. */
    public DeleteTableResponse apply(DeleteTableRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        return Responses.ok(DeleteTableResponse.builder()).tableDescription(Descriptions.of(db.delete(name), TableStatus.DELETING))
                .build();
    }
}
