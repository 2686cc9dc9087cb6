package io.genericrepo;

import java.util.List;

/**
 * A stored item of a single-table design whose type tag is not one the reader knows, such as an
 * entity added by a newer version of the application, or an item of another entity met where
 * one entity was expected. It is never mapped to a wrong record; queries and scans of the
 * hierarchy can skip such items instead ({@code skipUnknownTypes()}).
 *
 * <pre>{@code
 * Item in table shop (pk=CUSTOMER#c-1, sk=GIFT#g-1) has type tag "gift", which is none of ShopItem's
 * entities (customer, order, line): read it with an application that knows it, or skip such items
 * with skipUnknownTypes()
 * }</pre>
 */
public class UnknownEntityTypeException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final String key;
    private final String tag;
    private final List<String> knownTags;
    private final String reader;
    private final String typeAttribute;

    /**
     * @param tableName the table the item was read from
     * @param key the item's key, as {@code name=value} pairs
     * @param tag the stored tag, or null when the item has none
     * @param knownTags the tags the reader accepts
     * @param reader what read it: the hierarchy's interface or the entity's record
     * @param typeAttribute the attribute holding the tag
     */
    public UnknownEntityTypeException(String tableName, String key, String tag, List<String> knownTags, String reader,
            String typeAttribute) {
        super("Item in table " + tableName + " (" + key + ") " + (tag == null ? "has no type tag attribute "
                + typeAttribute : "has type tag \"" + tag + "\"") + ", which is " + (knownTags.size() == 1
                ? "not " + reader + "'s (\"" + knownTags.get(0) + "\")"
                : "none of " + reader + "'s entities (" + String.join(", ", knownTags) + ")")
                + ": read it with an application that knows it, or skip such items with skipUnknownTypes()");
        this.tableName = tableName;
        this.key = key;
        this.tag = tag;
        this.knownTags = List.copyOf(knownTags);
        this.reader = reader;
        this.typeAttribute = typeAttribute;
    }

    /**
     * @param otherTable the table the item was really read from (a builder's override)
     * @return the same exception, naming that table
     */
    public UnknownEntityTypeException inTable(String otherTable) {
        return otherTable.equals(tableName) ? this
                : new UnknownEntityTypeException(otherTable, key, tag, knownTags, reader, typeAttribute);
    }

    /** @return the table the item was read from */
    public String tableName() {
        return tableName;
    }

    /** @return the item's key, as {@code name=value} pairs */
    public String key() {
        return key;
    }

    /** @return the stored tag, or null when the item has none */
    public String tag() {
        return tag;
    }

    /** @return the tags the reader accepts */
    public List<String> knownTags() {
        return knownTags;
    }
}
