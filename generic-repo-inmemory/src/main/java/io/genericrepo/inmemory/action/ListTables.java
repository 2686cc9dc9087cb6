package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.Database;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/** ListTables: table names in order, at most Limit (1..100, default 100) per page. */
public final class ListTables {

    private static final int MAX = 100;

    private final Database db;

    /** @param db the engine's tables */
    public ListTables(Database db) {
        this.db = db;
    }

    /** Validates and lists. */
    public ListTablesResponse apply(ListTablesRequest r) {
        if (r.exclusiveStartTableName() != null) {
            Requests.name(r.exclusiveStartTableName(), "exclusiveStartTableName");
        }
        int limit = MAX;
        if (r.limit() != null) {
            if (r.limit() < 1) {
                throw Errors.constraint(r.limit(), "limit", "must have value greater than or equal to 1");
            }
            if (r.limit() > MAX) {
                throw Errors.constraint(r.limit(), "limit", "must have value less than or equal to 100");
            }
            limit = r.limit();
        }
        List<String> names = db.names(r.exclusiveStartTableName());
        ListTablesResponse.Builder b = Responses.ok(ListTablesResponse.builder());
        if (names.size() > limit) {
            names = names.subList(0, limit);
            b.lastEvaluatedTableName(names.get(limit - 1));
        }
        return b.tableNames(names).build();
    }
}
