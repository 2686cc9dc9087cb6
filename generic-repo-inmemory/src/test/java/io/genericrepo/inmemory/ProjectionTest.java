package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

class ProjectionTest extends EngineTestSupport {

    @BeforeEach
    void table() {
        client.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("inc").keySchema(hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("a")).build()));
        client.putItem(b -> b.tableName("tbl").item(item("pk", "k", "g", "x", "a", 1, "b", 2,
                "m", AttributeValue.fromM(item("deep", "v", "other", "w")))));
    }

    @Test
    void getItemProjectsTopLevelAndNestedPaths() {
        var got = client.getItem(b -> b.tableName("tbl").key(item("pk", "k")).projectionExpression("a, m.deep")).item();
        assertEquals(item("a", 1, "m", AttributeValue.fromM(item("deep", "v"))), got);
        var legacy = client.getItem(b -> b.tableName("tbl").key(item("pk", "k")).attributesToGet("b")).item();
        assertEquals(item("b", 2), legacy);
    }

    @Test
    void queryAndScanProject() {
        var q = client.query(b -> b.tableName("tbl").keyConditionExpression("pk = :k")
                .expressionAttributeValues(Map.of(":k", s("k"))).projectionExpression("b"));
        assertEquals(List.of(item("b", 2)), q.items());
        var sc = client.scan(b -> b.tableName("tbl").projectionExpression("pk, a"));
        assertEquals(List.of(item("pk", "k", "a", 1)), sc.items());
    }

    @Test
    void anIncludeIndexReturnsKeysAndIncludedAttributes() {
        var r = client.scan(b -> b.tableName("tbl").indexName("inc"));
        assertEquals(List.of(item("pk", "k", "g", "x", "a", 1)), r.items());
        var p = client.scan(b -> b.tableName("tbl").indexName("inc").projectionExpression("a"));
        assertEquals(List.of(item("a", 1)), p.items());
    }

    @Test
    void askingAnIndexForAttributesItDoesNotProjectFails() {
        assertValidation("One or more parameter values were invalid: Global secondary index inc does not project the"
                + " attribute b (projection type INCLUDE)",
                () -> client.scan(b -> b.tableName("tbl").indexName("inc").projectionExpression("a, b")));
    }

    @Test
    void aProjectionNeedsSpecificAttributes() {
        assertValidation("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES",
                () -> client.scan(b -> b.tableName("tbl").projectionExpression("a").select(Select.ALL_ATTRIBUTES)));
        assertValidation("Cannot specify the ProjectionExpression when choosing to get only the Count",
                () -> client.scan(b -> b.tableName("tbl").projectionExpression("a").select(Select.COUNT)));
        assertEquals(1, client.scan(b -> b.tableName("tbl").projectionExpression("a")
                .select(Select.SPECIFIC_ATTRIBUTES)).count());
    }
}
