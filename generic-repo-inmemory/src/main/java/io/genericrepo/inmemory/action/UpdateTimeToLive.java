package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.Table;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * UpdateTimeToLive: enables TTL on an attribute or disables it. DynamoDB refuses to enable TTL
 * when it is enabled already and to disable it when it is not; the engine does too.
 */
public final class UpdateTimeToLive {

    private final Database db;

    /** @param db the engine's tables */
    public UpdateTimeToLive(Database db) {
        this.db = db;
    }

    /** Validates and updates. */
    public UpdateTimeToLiveResponse apply(UpdateTimeToLiveRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        TimeToLiveSpecification spec = r.timeToLiveSpecification();
        if (spec == null) {
            throw Errors.constraint(null, "timeToLiveSpecification", "must not be null");
        }
        if (spec.enabled() == null) {
            throw Errors.constraint(null, "timeToLiveSpecification.enabled", "must not be null");
        }
        String attribute = spec.attributeName();
        if (attribute == null || attribute.isEmpty() || attribute.length() > 255) {
            throw Errors.constraint(attribute, "timeToLiveSpecification.attributeName",
                    attribute == null ? "must not be null" : "must have length between 1 and 255");
        }
        Table table = db.describe(name);
        synchronized (table) {
            String current = table.ttlAttribute();
            if (spec.enabled()) {
                if (current != null) {
                    throw Errors.validation("TimeToLive is already enabled");
                }
                table.ttlAttribute(attribute);
            } else {
                if (current == null) {
                    throw Errors.validation("TimeToLive is already disabled");
                }
                if (!current.equals(attribute)) {
                    throw Errors.validation("TimeToLive is active on a different AttributeName: current AttributeName is "
                            + current);
                }
                table.ttlAttribute(null);
            }
        }
        return Responses.ok(UpdateTimeToLiveResponse.builder()).timeToLiveSpecification(spec).build();
    }
}
