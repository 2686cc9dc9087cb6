package io.genericrepo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What a {@link TableMetadata} and the rejection accessors say. */
class TableMetadataTest {

    @Test
    void metadataPrintsWhatItHolds() {
        TableMetadata meta = TableMetadata.builder("orders", "Order")
                .partitionKey("customerId", "customerId", ScalarAttributeType.S)
                .sortKey("orderId", "orderId", ScalarAttributeType.S)
                .localIndex("by-total", new KeyAttribute("total", "total", ScalarAttributeType.N))
                .globalIndex("status-index", new KeyAttribute("status", "status", ScalarAttributeType.S), null)
                .ttl("expiresAt", 30).version("version").build();
        assertEquals("TableMetadata[table=orders, record=Order, partitionKey=customerId (S), sortKey=orderId (S),"
                + " indexes=[by-total (local: customerId (S), total (N)), status-index (global: status (S))],"
                + " ttl=expiresAt (30 days), version=version]", meta.toString());
        TableMetadata simple = TableMetadata.builder("customers", "Customer")
                .partitionKey("id", "id", ScalarAttributeType.S).build();
        assertEquals("TableMetadata[table=customers, record=Customer, partitionKey=id (S)]", simple.toString());
    }

    @Test
    void theRejectionMessageHasOneName() {
        ConditionFailedException e = new ConditionFailedException("update", "orders", "id=1", "must be pending", null);
        assertEquals("must be pending", e.rejectionMessage());
        UpdateResult<String> r = new UpdateResult<>(false, null, "must be pending", UpdateResult.CONDITIONAL_CHECK_FAILED);
        assertEquals("must be pending", r.rejectionMessage());
        assertEquals(UpdateResult.CONDITIONAL_CHECK_FAILED, r.reason());
    }
}
