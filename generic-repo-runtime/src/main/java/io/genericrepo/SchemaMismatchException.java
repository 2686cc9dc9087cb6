package io.genericrepo;

/**
 * Thrown when a stored item does not fit the record it is read into: an attribute holds another
 * DynamoDB type than the record's component maps to, or a value the component cannot hold (an
 * unknown enum constant, a number too large for an {@code int}). The message names the table, the
 * item's key and the attribute's path, for example
 * {@code Item in table orders (customerId=c-1, orderId=o-9) does not fit record Order: attribute
 * shipTo.city must be S (String), found N}. When the record's constructor refuses the attributes
 * read (a field it requires is missing), no single attribute is named: {@link #attributePath()}
 * is null and the constructor's exception is the cause.
 */
public class SchemaMismatchException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final String key;
    private final String attributePath;
    private final String recordName;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param tableName the table the item was read from
     * @param recordName the record it was read into
     * @param key the item's key, as {@code name=value} pairs
     * @param attributePath the path of the attribute that does not fit, such as {@code shipTo.city}, or
     *     null when the record as a whole refused the item
     * @param problem what is wrong with it
     * @param cause the converter's exception, if one was thrown
     */
    public SchemaMismatchException(String tableName, String recordName, String key, String attributePath,
            String problem, Throwable cause) {
        super("Item in table " + tableName + " (" + key + ") does not fit record " + recordName
                + (attributePath == null ? ": " : ": attribute " + attributePath + " ") + problem, cause);
        this.tableName = tableName;
        this.key = key;
        this.attributePath = attributePath;
        this.recordName = recordName;
        this.problem = problem;
    }

    /**
     * Creates the exception for an item that the record as a whole refuses: its constructor threw.
     *
     * @param tableName the table the item was read from
     * @param recordName the record it was read into
     * @param key the item's key, as {@code name=value} pairs
     * @param cause what the record's constructor threw
     * @return the exception
     */
    public static SchemaMismatchException refusedByRecord(String tableName, String recordName, String key,
            Throwable cause) {
        return new SchemaMismatchException(tableName, recordName, key, null,
                "its constructor refused the stored attributes: " + cause, cause);
    }

    /**
     * The same mismatch, reported for another table name (a repository's {@code tableName(...)}
     * override of the name the schema knows).
     *
     * @param otherTable the table the item was really read from
     * @return the exception to throw
     */
    public SchemaMismatchException inTable(String otherTable) {
        return otherTable.equals(tableName) ? this
                : new SchemaMismatchException(otherTable, recordName, key, attributePath, problem, getCause());
    }

    /** @return the table the item was read from */
    public String tableName() {
        return tableName;
    }

    /** @return the item's key, as {@code name=value} pairs */
    public String key() {
        return key;
    }

    /**
     * @return the path of the attribute that does not fit, such as {@code shipTo.city} or
     *     {@code tags[2]}; null when the record's constructor refused the item as a whole
     */
    public String attributePath() {
        return attributePath;
    }
}
