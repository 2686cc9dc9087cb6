package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.Table;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** DescribeTimeToLive: ENABLED with the attribute name, or DISABLED (changes take effect at once). */
public final class DescribeTimeToLive {

    private final Database db;

    /** @param db the engine's tables */
    public DescribeTimeToLive(Database db) {
        this.db = db;
    }

    /** Validates and describes. */
    public DescribeTimeToLiveResponse apply(DescribeTimeToLiveRequest r) {
        Table table = db.describe(Requests.name(r.tableName(), "tableName"));
        String attribute = table.ttlAttribute();
        TimeToLiveDescription d = attribute == null
                ? TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.DISABLED).build()
                : TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.ENABLED).attributeName(attribute).build();
        return Responses.ok(DescribeTimeToLiveResponse.builder()).timeToLiveDescription(d).build();
    }
}
