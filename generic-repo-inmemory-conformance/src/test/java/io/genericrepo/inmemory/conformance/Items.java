package io.genericrepo.inmemory.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random keys and items for a table: keys from the small key domains, each other attribute
 * present about half the time, index key attributes (when present) of their index's type so
 * that writes are valid unless the invalid generator says otherwise.
 */
final class Items {

    private final Domain domain;

    Items(Domain domain) {
        this.domain = domain;
    }

    static Set<String> indexKeys(Schema.Table table) {
        return table.indexes().stream().flatMap(i -> i.keyAttributes().stream())
                .filter(a -> !table.keyAttributes().contains(a))
                .collect(Collectors.toSet());
    }

    Map<String, AttributeValue> key(Schema.Table table) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(table.hashKey(), domain.partition());
        key.put(table.rangeKey(), domain.sort(table.rangeType()));
        return key;
    }

    Map<String, AttributeValue> item(Schema.Table table) {
        Map<String, AttributeValue> item = key(table);
        Set<String> indexKeys = indexKeys(table);
        for (String attribute : Domain.ATTRIBUTES) {
            if (indexKeys.contains(attribute)) {
                if (domain.chance(0.75)) {
                    item.put(attribute, domain.indexKey(attribute));
                }
            } else if (domain.chance(0.45)) {
                item.put(attribute, domain.forAttribute(attribute));
            }
        }
        return item;
    }
}
