package io.genericrepo.internal.expression;

import io.genericrepo.Condition;
import io.genericrepo.IndexMetadata;
import io.genericrepo.KeyAttribute;
import io.genericrepo.TableMetadata;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Index;
import io.genericrepo.path.ValuePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key of one query: which table or index, its partition key value, and which sort-key
 * conditions it accepts. Checks those before any request, with messages that name the key.
 * Internal.
 */
public final class KeyConditions {

    private final TableMetadata table;
    private final String tableName;
    private final IndexMetadata index;
    private final KeyAttribute partitionKey;
    private final KeyAttribute sortKey;
    private final AttributeValue partitionValue;

    private KeyConditions(TableMetadata table, String tableName, IndexMetadata index, AttributeValue partitionValue) {
        this.table = table;
        this.tableName = tableName;
        this.index = index;
        this.partitionKey = index == null ? table.partitionKey() : index.partitionKey();
        this.sortKey = index == null ? table.sortKey() : index.sortKey();
        this.partitionValue = partitionValue;
    }

    /**
     * @param table the table
     * @param tableName the table name requests use
     * @param partitionValue the partition key value, already checked
     * @return a query of the table
     */
    public static KeyConditions forTable(TableMetadata table, String tableName, AttributeValue partitionValue) {
        return new KeyConditions(table, tableName, null, partitionValue);
    }

    /**
     * @param table the table
     * @param tableName the table name requests use
     * @param partitionKey the metamodel's path of the partition key
     * @param value its value, to check and convert
     * @param <T> the record
     * @param <P> the partition key's type
     * @return a query of the table
     */
    public static <T, P> KeyConditions forPartition(TableMetadata table, String tableName, ValuePath<T, P> partitionKey,
            P value) {
        return forTable(table, tableName, partitionValue(table, partitionKey, value));
    }

    /**
     * @param table the table
     * @param partitionKey the metamodel's path of the partition key
     * @param value its value
     * @param <T> the record
     * @param <P> the partition key's type
     * @return the value, checked and converted
     */
    public static <T, P> AttributeValue partitionValue(TableMetadata table, ValuePath<T, P> partitionKey, P value) {
        return Keys.convert(table.recordName(), table.partitionKey().name(), partitionKey.converter(), value);
    }

    /**
     * @param table the table
     * @param tableName the table name requests use
     * @param index the index, from the metamodel
     * @param value its partition key value, to check and convert
     * @param <T> the record
     * @param <I> the index partition key's type
     * @return a query of the index
     */
    public static <T, I> KeyConditions forIndex(TableMetadata table, String tableName, Index<T, I, ?> index, I value) {
        Objects.requireNonNull(index, "index");
        AttributeValue converted = Keys.convert(table.recordName(), index.partitionKey().attributePath().topName(),
                index.partitionKey().converter(), value);
        return forIndex(table, tableName, index.name(), converted);
    }

    /**
     * @param table the table
     * @param tableName the table name requests use
     * @param indexName the index
     * @param partitionValue the index partition key value, already checked
     * @return a query of the index
     */
    public static KeyConditions forIndex(TableMetadata table, String tableName, String indexName,
            AttributeValue partitionValue) {
        IndexMetadata index = table.indexes().stream().filter(i -> i.name().equals(indexName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Table " + tableName + " of " + table.recordName()
                        + " has no index " + indexName));
        return new KeyConditions(table, tableName, index, partitionValue);
    }

    /**
     * @param condition a condition that must be a key condition on the sort key
     * @param <T> the record
     * @return the condition
     */
    public <T> Condition<T> checkSortKey(Condition<T> condition) {
        Objects.requireNonNull(condition, "sortKey");
        if (sortKey == null) {
            throw new IllegalArgumentException(where() + " has no sort key, so sortKey(...) does not apply; use filter(...)");
        }
        Condition<T> inner = condition instanceof Condition.Described<T> d ? d.condition() : condition;
        AttributePath expected = AttributePath.of(sortKey.name());
        boolean ok = false;
        if (inner instanceof Condition.Compare<T> c) {
            ok = c.left() instanceof Condition.Operand.Attribute a && a.path().equals(expected)
                    && c.right() instanceof Condition.Operand.Value && c.comparator() != Condition.Comparator.NE;
        } else if (inner instanceof Condition.Between<T> b) {
            ok = b.operand() instanceof Condition.Operand.Attribute a && a.path().equals(expected)
                    && b.low() instanceof Condition.Operand.Value && b.high() instanceof Condition.Operand.Value;
        } else if (inner instanceof Condition.BeginsWith<T> b) {
            ok = b.path().equals(expected);
        }
        if (!ok) {
            throw new IllegalArgumentException("sortKey(...) takes one condition on the sort key " + sortKey.name()
                    + " of " + where() + ": eq, lt, le, gt, ge, between or beginsWith; found "
                    + Conditions.describe(condition) + ". Put other conditions in filter(...)");
        }
        return condition;
    }

    /** Refuses consistent reads on a global secondary index. */
    public void checkConsistentRead() {
        if (index != null && index.global()) {
            throw new IllegalArgumentException("consistentRead() is not available on global secondary index "
                    + index.name() + " of table " + tableName + ": DynamoDB reads such indexes eventually consistently");
        }
    }

    /**
     * @param sortKeyCondition the sort-key condition, or null
     * @param filter the filter, or null
     * @param hidden the filter of expired items, or null
     * @param descending descending order
     * @param limit the limit, or null
     * @param consistentRead consistent reads
     * @param projection the attributes asked for, empty for all
     * @return the query
     */
    public ReadSpec spec(Condition<?> sortKeyCondition, Condition<?> filter, Condition<?> hidden, boolean descending,
            Integer limit, boolean consistentRead, List<AttributePath> projection) {
        Condition<Object> partition = new Condition.Compare<>(new Condition.Operand.Attribute(
                AttributePath.of(partitionKey.name())), Condition.Comparator.EQ, new Condition.Operand.Value(partitionValue));
        Condition<?> key = sortKeyCondition == null ? partition : new Condition.And<>(List.of(partition, cast(sortKeyCondition)));
        return new ReadSpec(tableName, index == null ? null : index.name(), key, filter, hidden, descending, limit,
                consistentRead, withKeys(table, index, projection), null, null);
    }

    /**
     * @param table the table
     * @param index the index read, or null
     * @param projection the attributes asked for
     * @return them and every key attribute (so that cursors work) and, in a single table, the type
     *     attribute (so that items can be read); or empty for all attributes
     */
    static List<AttributePath> withKeys(TableMetadata table, IndexMetadata index, List<AttributePath> projection) {
        if (projection.isEmpty()) {
            return List.of();
        }
        Set<AttributePath> all = new LinkedHashSet<>(projection);
        List<KeyAttribute> keys = new ArrayList<>(List.of(table.partitionKey()));
        if (table.sortKey() != null) {
            keys.add(table.sortKey());
        }
        if (index != null) {
            keys.add(index.partitionKey());
            if (index.sortKey() != null) {
                keys.add(index.sortKey());
            }
        }
        keys.forEach(k -> all.add(AttributePath.of(k.name())));
        if (table.typeAttribute() != null) { // a single table's items are read by their type tag
            all.add(AttributePath.of(table.typeAttribute()));
        }
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static Condition<Object> cast(Condition<?> condition) {
        return (Condition<Object>) condition;
    }

    private String where() {
        return index == null ? "table " + tableName : "index " + index.name() + " of table " + tableName;
    }
}
