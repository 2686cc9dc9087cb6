package io.genericrepo.benchmarks.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The physical limit: what a developer writes by hand with the plain SDK, no checks beyond what
 * the JDK's parsers do, the same stored forms as generic-repo (Instants as {@link InstantText}).
 */
public final class HandMapper {

    private HandMapper() {}

    /**
     * @param p a product
     * @return its item
     */
    public static Map<String, AttributeValue> toItem(Product p) {
        Map<String, AttributeValue> item = new HashMap<>(16);
        item.put("category", AttributeValue.fromS(p.category()));
        item.put("id", AttributeValue.fromS(p.id()));
        item.put("quantity", AttributeValue.fromN(Integer.toString(p.quantity())));
        item.put("views", AttributeValue.fromN(Long.toString(p.views())));
        item.put("price", AttributeValue.fromN(Double.toString(p.price())));
        item.put("total", AttributeValue.fromN(p.total().toString()));
        item.put("createdAt", AttributeValue.fromS(InstantText.FORMAT.format(p.createdAt())));
        item.put("active", AttributeValue.fromBool(p.active()));
        item.put("status", AttributeValue.fromS(p.status().name()));
        List<AttributeValue> tags = new ArrayList<>(p.tags().size());
        for (String tag : p.tags()) {
            tags.add(AttributeValue.fromS(tag));
        }
        item.put("tags", AttributeValue.fromL(tags));
        return item;
    }

    /**
     * @param p a product
     * @return its key attributes
     */
    public static Map<String, AttributeValue> toKey(Product p) {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("category", AttributeValue.fromS(p.category()));
        key.put("id", AttributeValue.fromS(p.id()));
        return key;
    }

    /**
     * @param item an item
     * @return its product
     */
    public static Product fromItem(Map<String, AttributeValue> item) {
        List<AttributeValue> storedTags = item.get("tags").l();
        List<String> tags = new ArrayList<>(storedTags.size());
        for (AttributeValue tag : storedTags) {
            tags.add(tag.s());
        }
        return new Product(item.get("category").s(), item.get("id").s(),
                Integer.parseInt(item.get("quantity").n()), Long.parseLong(item.get("views").n()),
                Double.parseDouble(item.get("price").n()), new BigDecimal(item.get("total").n()),
                Instant.parse(item.get("createdAt").s()), item.get("active").bool(),
                Product.Status.valueOf(item.get("status").s()), tags);
    }
}
