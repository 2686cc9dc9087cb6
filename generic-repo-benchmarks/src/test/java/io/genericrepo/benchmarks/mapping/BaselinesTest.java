package io.genericrepo.benchmarks.mapping;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmarks compare mappers only while they write identical items: this runs in every build,
 * so that a change to generic-repo's stored forms shows here, not first in a benchmark run.
 */
class BaselinesTest {

    @Test
    void allFourMappersWriteIdenticalItemsAndReadThemBack() {
        assertDoesNotThrow(Baselines::check);
        Product product = SampleData.product(3, "c-3");
        assertEquals(HandMapper.toItem(product), ProductSchema.INSTANCE.toItem(product));
        assertEquals(product, EcSchemas.immutable().mapToItem(HandMapper.toItem(product)));
    }

    @Test
    void anInstantInAnotherFormIsReportedByAttribute() {
        Product product = SampleData.product(5, "c-5");
        Map<String, AttributeValue> ours = ProductSchema.INSTANCE.toItem(product);
        Map<String, AttributeValue> other = new HashMap<>(ours);
        other.put("createdAt", AttributeValue.fromS(product.createdAt().toString().replace("Z", "0Z")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Baselines.same(product, "a baseline's toItem", ours, other));
        assertTrue(e.getMessage().contains("a baseline's toItem writes attribute createdAt of product p-0000005"),
                e.getMessage());
    }

    @Test
    void aMissingAttributeIsReportedByName() {
        Product product = SampleData.product(6, "c-6");
        Map<String, AttributeValue> ours = ProductSchema.INSTANCE.toItem(product);
        Map<String, AttributeValue> other = new HashMap<>(ours);
        other.remove("tags");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Baselines.same(product, "a baseline's toItem", ours, other));
        assertTrue(e.getMessage().contains("attribute tags of product p-0000006 as null"), e.getMessage());
    }

    @Test
    void aRecordReadBackDifferentlyIsReported() {
        Product product = SampleData.product(7, "c-7");
        Product other = new Product(product.category(), product.id(), product.quantity() + 1, product.views(),
                product.price(), product.total(), product.createdAt(), product.active(), product.status(), product.tags());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Baselines.same(product, "a baseline's fromItem", product, other));
        assertTrue(e.getMessage().contains("a baseline's fromItem read product p-0000007 back as"), e.getMessage());
    }
}
