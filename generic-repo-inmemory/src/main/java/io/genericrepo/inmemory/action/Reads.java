package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.KeyCondition;
import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.IndexSchema;
import io.genericrepo.inmemory.store.KeyAttribute;
import io.genericrepo.inmemory.store.SortKey;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import io.genericrepo.inmemory.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The read loop Query and Scan share, and their common rules: Select and its combinations with
 * projections and indexes, ExclusiveStartKey, Limit counting items evaluated, the 1 MB page
 * measured on the items read before the filter, and LastEvaluatedKey composed of the table's key
 * plus, on an index, the index's key.
 */
final class Reads {

    static final long PAGE_BYTES = 1024 * 1024;

    /** The outcome of one page: the items to return (null for COUNT), counts and where to resume. */
    record Page(List<Map<String, AttributeValue>> items, int count, int scannedCount,
            Map<String, AttributeValue> lastEvaluatedKey, long bytesRead) {}

    private final Table table;
    private final IndexData index;
    private final String select;
    private final Projector projector;
    private final ConditionExpr filter;
    private final Integer limit;

    Reads(Table table, IndexData index, String select, Projector projector, ConditionExpr filter, Integer limit) {
        this.table = table;
        this.index = index;
        this.select = select;
        this.projector = projector;
        this.filter = filter;
        this.limit = limit;
    }

    /** @return the Select in force, checked against the projection and the index as DynamoDB checks it */
    static String select(String given, Projector projector, IndexData index, List<String> tableKeys) {
        boolean projecting = !projector.isAll();
        String select = given != null ? given
                : projecting ? "SPECIFIC_ATTRIBUTES" : index != null ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
        switch (select) {
            case "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT" -> { }
            default -> throw Errors.constraint(select, "select", "must satisfy enum value set: "
                    + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (select.equals("SPECIFIC_ATTRIBUTES") && !projecting) {
            throw Errors.validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get"
                    + " SPECIFIC_ATTRIBUTES");
        }
        if (!select.equals("SPECIFIC_ATTRIBUTES") && projecting) {
            throw Errors.validation("Cannot specify the ProjectionExpression when choosing to get "
                    + (select.equals("COUNT") ? "only the Count" : select));
        }
        if (select.equals("ALL_PROJECTED_ATTRIBUTES") && index == null) {
            throw Errors.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        if (index != null && index.schema().global() && index.schema().projectionType() != ProjectionType.ALL) {
            IndexSchema s = index.schema();
            if (select.equals("ALL_ATTRIBUTES")) {
                throw Errors.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary index "
                        + s.name() + " because its projection type is not " + "ALL");
            }
            Set<String> wanted = projecting ? projector.topLevelAttributes() : Set.of();
            for (String attribute : wanted) {
                if (!s.projects(tableKeys, attribute)) {
                    throw Errors.invalidParameter("Global secondary index " + s.name()
                            + " does not project the attribute " + attribute + " (projection type "
                            + s.projectionType() + ")");
                }
            }
        }
        return select;
    }

    /** @return the key attribute names of a LastEvaluatedKey: the table's, then the index's */
    static List<String> startKeyNames(Table table, IndexData index) {
        Set<String> names = new LinkedHashSet<>(table.keyNames());
        if (index != null) {
            names.addAll(index.schema().keyNames());
        }
        return List.copyOf(names);
    }

    /** Checks an ExclusiveStartKey and returns its normalised attributes. */
    static Map<String, AttributeValue> startKey(Table table, IndexData index, Map<String, AttributeValue> start) {
        List<String> names = startKeyNames(table, index);
        if (start.size() != names.size() || !start.keySet().containsAll(names)) {
            throw Errors.validation("The provided starting key is invalid");
        }
        List<KeyAttribute> attributes = new ArrayList<>();
        attributes.add(table.hash());
        if (table.range() != null) {
            attributes.add(table.range());
        }
        if (index != null) {
            attributes.add(index.schema().hash());
            if (index.schema().range() != null) {
                attributes.add(index.schema().range());
            }
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (KeyAttribute a : attributes) {
            AttributeValue v = start.get(a.name());
            if (!a.accepts(v)) {
                throw Errors.validation("The provided starting key is invalid: The provided key element does not match the schema");
            }
            out.put(a.name(), Values.normalise(v));
        }
        return out;
    }

    /** @return the start key's position in the table or index */
    SortKey position(Map<String, AttributeValue> startKey) {
        return index == null ? table.keyOf(startKey) : index.keyOf(startKey);
    }

    /**
     * Reads one page from {@code range} (already restricted to the partition or segment, after the
     * start key, in the requested direction). Caller holds the table's read lock.
     *
     * @param sortCondition the key condition on the sort key (Query), or null
     * @param sortKeyName the sort key the condition applies to
     */
    Page read(Iterable<StoredItem> range, KeyCondition.SortKeyCondition sortCondition, String sortKeyName) {
        boolean gsiView = index != null && index.schema().global() && index.schema().projectionType() != ProjectionType.ALL;
        List<String> tableKeys = table.keyNames();
        List<Map<String, AttributeValue>> items = select.equals("COUNT") ? null : new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        Map<String, AttributeValue> last = null;
        boolean stopped = false;
        for (StoredItem stored : range) {
            Map<String, AttributeValue> item = stored.item();
            if (sortCondition != null && !sortCondition.test(item.get(sortKeyName))) {
                continue;
            }
            boolean whole = index == null || index.schema().projectionType() == ProjectionType.ALL;
            Map<String, AttributeValue> projected = whole ? item : index.schema().project(tableKeys, item);
            Map<String, AttributeValue> view = gsiView ? projected : item;
            scanned++;
            // the page limit counts what the table or index holds of the item
            bytes += whole ? stored.size() : Values.itemSize(projected);
            last = item;
            if (filter == null || filter.test(view)) {
                count++;
                if (items != null) {
                    items.add(output(item, view, tableKeys));
                }
            }
            if ((limit != null && scanned >= limit) || bytes >= PAGE_BYTES) {
                stopped = true;
                break;
            }
        }
        Map<String, AttributeValue> lastKey = stopped ? Requests.keyOf(last, startKeyNames(table, index)) : null;
        return new Page(items, count, scanned, lastKey, bytes);
    }

    private Map<String, AttributeValue> output(Map<String, AttributeValue> item, Map<String, AttributeValue> view,
            List<String> tableKeys) {
        return switch (select) {
            case "ALL_ATTRIBUTES" -> item;
            case "ALL_PROJECTED_ATTRIBUTES" -> index.schema().project(tableKeys, item);
            default -> projector.apply(view);
        };
    }

    /** @return the map's values as an iterable, ascending or descending */
    static Iterable<StoredItem> values(NavigableMap<SortKey, StoredItem> range, boolean forward) {
        return forward ? range.values() : range.descendingMap().values();
    }
}
