package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one side answered to an operation, as two texts: the canonical one (numbers by value, sets
 * unordered) that must match, and the exact one (numbers as returned) whose differences are only
 * counted. Unordered results are written as sorted multisets.
 */
final class Observed {

    private final StringBuilder canonical = new StringBuilder();
    private final StringBuilder exact = new StringBuilder();

    Observed text(String label, Object value) {
        canonical.append(label).append('=').append(value).append('\n');
        exact.append(label).append('=').append(value).append('\n');
        return this;
    }

    Observed item(String label, Map<String, AttributeValue> item) {
        canonical.append(label).append('=').append(item == null || item.isEmpty() ? "none" : Canonical.item(item)).append('\n');
        exact.append(label).append('=').append(item == null || item.isEmpty() ? "none" : Canonical.exactItem(item)).append('\n');
        return this;
    }

    /** Items in the order given. */
    Observed items(String label, List<Map<String, AttributeValue>> items) {
        canonical.append(label).append("=[\n");
        exact.append(label).append("=[\n");
        for (Map<String, AttributeValue> item : items) {
            canonical.append("  ").append(Canonical.item(item)).append('\n');
            exact.append("  ").append(Canonical.exactItem(item)).append('\n');
        }
        canonical.append("]\n");
        exact.append("]\n");
        return this;
    }

    /** Items whose order is not defined: compared as a multiset. */
    Observed multiset(String label, List<Map<String, AttributeValue>> items) {
        List<String> c = new ArrayList<>(items.stream().map(Canonical::item).toList());
        List<String> e = new ArrayList<>(items.stream().map(Canonical::exactItem).toList());
        c.sort(null);
        e.sort(null);
        canonical.append(label).append("(unordered)=[\n");
        c.forEach(s -> canonical.append("  ").append(s).append('\n'));
        canonical.append("]\n");
        exact.append(label).append("(unordered)=[\n");
        e.forEach(s -> exact.append("  ").append(s).append('\n'));
        exact.append("]\n");
        return this;
    }

    /**
     * Items in order of the given key attributes, where runs of items with equal values of them
     * are compared as multisets (their order is not defined).
     */
    Observed multisetGroups(String label, List<Map<String, AttributeValue>> items, List<String> keys) {
        List<Map<String, AttributeValue>> group = new ArrayList<>();
        String groupKey = null;
        int index = 0;
        for (Map<String, AttributeValue> item : items) {
            String key = keys.stream().map(k -> item.containsKey(k) ? Canonical.value(item.get(k)) : "-").toList().toString();
            if (groupKey != null && !key.equals(groupKey)) {
                multiset(label + "[" + index++ + "]" + groupKey, group);
                group = new ArrayList<>();
            }
            groupKey = key;
            group.add(item);
        }
        if (!group.isEmpty()) {
            multiset(label + "[" + index + "]" + groupKey, group);
        }
        return this;
    }

    String canonical() {
        return canonical.toString();
    }

    String exact() {
        return exact.toString();
    }
}
