package io.genericrepo;

/**
 * Thrown when a stored item does not fit the record it is read into: an attribute holds another
 * DynamoDB type than the record's component maps to, or a value the component cannot hold (an
 * unknown enum constant, a number too large for an {@code int}). The message names the table, the
 * item's key and the attribute's path, for example
 * {@code Item in table orders (customerId=c-1, orderId=o-9) does not fit record Order: attribute
 * shipTo.city must be S (String), found N}.
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
     * @param attributePath the path of the attribute that does not fit, such as {@code shipTo.city}
     * @param problem what is wrong with it
     * @param cause the converter's exception, if one was thrown
     */
    public SchemaMismatchException(String tableName, String recordName, String key, String attributePath,
            String problem, Throwable cause) {
        super("Item in table " + tableName + " (" + key + ") does not fit record " + recordName
                + ": attribute " + attributePath + " " + problem, cause);
        this.tableName = tableName;
        this.key = key;
        this.attributePath = attributePath;
        this.recordName = recordName;
        this.problem = problem;
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

    /** @return the path of the attribute that does not fit, such as {@code shipTo.city} or {@code tags[2]} */
    public String attributePath() {
        return attributePath;
    }
}
