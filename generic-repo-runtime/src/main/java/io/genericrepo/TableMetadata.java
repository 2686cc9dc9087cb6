package io.genericrepo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What a generated schema knows about its table: the default name, the record, the keys, the
 * indexes, and the attributes with a special role (time to live, version).
 *
 * <pre>{@code
 * TableMetadata meta = OrderSchema.INSTANCE.metadata();
 * meta.tableName();            // "orders"
 * meta.sortKey().name();       // "orderId"
 * }</pre>
 */
public final class TableMetadata {

    private final String tableName;
    private final String recordName;
    private final KeyAttribute partitionKey;
    private final KeyAttribute sortKey;
    private final List<IndexMetadata> indexes;
    private final String ttlAttribute;
    private final int ttlDays;
    private final String versionAttribute;
    private final String typeAttribute;
    private final String entityTag;
    private final List<String> keyComponents;

    private TableMetadata(Builder b) {
        this.tableName = b.tableName;
        this.recordName = b.recordName;
        this.partitionKey = Objects.requireNonNull(b.partitionKey, "partitionKey");
        this.sortKey = b.sortKey;
        this.indexes = List.copyOf(b.indexes);
        this.ttlAttribute = b.ttlAttribute;
        this.ttlDays = b.ttlDays;
        this.versionAttribute = b.versionAttribute;
        this.typeAttribute = b.typeAttribute;
        this.entityTag = b.entityTag;
        this.keyComponents = List.copyOf(b.keyComponents);
        if (entityTag != null && typeAttribute == null) {
            throw new IllegalStateException("an entity tag needs the type attribute that holds it");
        }
    }

    /**
     * Starts the metadata of a table.
     *
     * @param tableName the table name from {@code @Table(name)}
     * @param recordName the record's simple name, used in messages
     * @return a builder
     */
    public static Builder builder(String tableName, String recordName) {
        return new Builder(tableName, recordName);
    }

    /** @return the table name from {@code @Table(name)}; a repository may override it */
    public String tableName() {
        return tableName;
    }

    /** @return the record's simple name */
    public String recordName() {
        return recordName;
    }

    /** @return the partition key */
    public KeyAttribute partitionKey() {
        return partitionKey;
    }

    /** @return the sort key, or null for a table with a partition key only */
    public KeyAttribute sortKey() {
        return sortKey;
    }

    /** @return the secondary indexes, sorted by name */
    public List<IndexMetadata> indexes() {
        return indexes;
    }

    /** @return the attribute holding the expiry time in epoch seconds, or null */
    public String ttlAttribute() {
        return ttlAttribute;
    }

    /** @return {@code @Table(ttlDays)}, 0 when items do not expire by default */
    public int ttlDays() {
        return ttlDays;
    }

    /** @return the attribute holding the optimistic-locking version, or null */
    public String versionAttribute() {
        return versionAttribute;
    }

    /**
     * @return the attribute holding each item's type tag in a single-table design, or null for a
     *     table of one record
     */
    public String typeAttribute() {
        return typeAttribute;
    }

    /**
     * @return the type tag of this entity of a single-table design, or null for a table of one
     *     record or for the whole hierarchy (whose items carry several tags)
     */
    public String entityTag() {
        return entityTag;
    }

    /**
     * @return the attributes of this entity of a single-table design whose values its primary key
     *     templates are built from (stored or not), which an update therefore cannot change; empty
     *     otherwise (components that only shared index templates name are not among them: an update
     *     may change them, and rewrites the index keys)
     */
    public List<String> keyComponents() {
        return keyComponents;
    }

    /**
     * @return the table, record, keys, indexes, TTL and version, for logs:
     *     {@code TableMetadata[table=orders, record=Order, partitionKey=customerId (S), ...]}
     */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "TableMetadata[", "]");
        out.add("table=" + tableName).add("record=" + recordName).add("partitionKey=" + describe(partitionKey));
        if (sortKey != null) {
            out.add("sortKey=" + describe(sortKey));
        }
        if (!indexes.isEmpty()) {
            StringJoiner list = new StringJoiner(", ", "[", "]");
            for (IndexMetadata index : indexes) {
                list.add(index.name() + " (" + (index.global() ? "global: " : "local: ") + describe(index.partitionKey())
                        + (index.sortKey() == null ? "" : ", " + describe(index.sortKey())) + ")");
            }
            out.add("indexes=" + list);
        }
        if (ttlAttribute != null) {
            out.add("ttl=" + ttlAttribute + (ttlDays > 0 ? " (" + ttlDays + " days)" : ""));
        }
        if (versionAttribute != null) {
            out.add("version=" + versionAttribute);
        }
        if (typeAttribute != null) {
            out.add("type=" + typeAttribute + (entityTag == null ? "" : " (" + entityTag + ")"));
        }
        return out.toString();
    }

    private static String describe(KeyAttribute key) {
        return key.name() + " (" + key.type() + ")";
    }

    /** Builds {@link TableMetadata}; generated schemas call it once, in a static initialiser. */
    public static final class Builder {
        private final String tableName;
        private final String recordName;
        private KeyAttribute partitionKey;
        private KeyAttribute sortKey;
        private final List<IndexMetadata> indexes = new ArrayList<>();
        private String ttlAttribute;
        private int ttlDays;
        private String versionAttribute;
        private String typeAttribute;
        private String entityTag;
        private final List<String> keyComponents = new ArrayList<>();

        private Builder(String tableName, String recordName) {
            this.tableName = Objects.requireNonNull(tableName, "tableName");
            this.recordName = Objects.requireNonNull(recordName, "recordName");
        }

        /**
         * @param name attribute name
         * @param component record component
         * @param type S, N or B
         * @return this builder
         */
        public Builder partitionKey(String name, String component, ScalarAttributeType type) {
            this.partitionKey = new KeyAttribute(name, component, type);
            return this;
        }

        /**
         * @param name attribute name
         * @param component record component
         * @param type S, N or B
         * @return this builder
         */
        public Builder sortKey(String name, String component, ScalarAttributeType type) {
            this.sortKey = new KeyAttribute(name, component, type);
            return this;
        }

        /**
         * Adds a global secondary index.
         *
         * @param name index name
         * @param partitionKey its partition key
         * @param sortKey its sort key, or null
         * @return this builder
         */
        public Builder globalIndex(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
            indexes.add(new IndexMetadata(name, true, partitionKey, sortKey));
            return this;
        }

        /**
         * Adds a local secondary index; its partition key is the table's.
         *
         * @param name index name
         * @param sortKey its sort key
         * @return this builder
         */
        public Builder localIndex(String name, KeyAttribute sortKey) {
            indexes.add(new IndexMetadata(name, false, Objects.requireNonNull(partitionKey,
                    "set the partition key before a local index"), sortKey));
            return this;
        }

        /**
         * @param attribute the {@code @Ttl} attribute
         * @param days {@code @Table(ttlDays)}
         * @return this builder
         */
        public Builder ttl(String attribute, int days) {
            this.ttlAttribute = attribute;
            this.ttlDays = days;
            return this;
        }

        /**
         * @param attribute the {@code @Version} attribute
         * @return this builder
         */
        public Builder version(String attribute) {
            this.versionAttribute = attribute;
            return this;
        }

        /**
         * @param attribute the attribute holding the type tag of a single-table design
         * @return this builder
         */
        public Builder typeAttribute(String attribute) {
            this.typeAttribute = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param tag this entity's type tag, held in the {@link #typeAttribute type attribute}
         * @return this builder
         */
        public Builder entityTag(String tag) {
            this.entityTag = Objects.requireNonNull(tag, "tag");
            return this;
        }

        /**
         * @param attributes the attributes of the entity's components that its primary key
         *     templates name
         * @return this builder
         */
        public Builder keyComponents(String... attributes) {
            keyComponents.addAll(List.of(attributes));
            return this;
        }

        /** @return the metadata */
        public TableMetadata build() {
            return new TableMetadata(this);
        }
    }
}
