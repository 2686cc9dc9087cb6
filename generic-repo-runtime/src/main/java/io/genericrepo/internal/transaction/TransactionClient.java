package io.genericrepo.internal.transaction;

/**
 * The one client a transaction runs on: DynamoDB applies a transaction within one account and
 * region, so every repository named in it must share its client. The first repository's client
 * is the transaction's; a repository with another client is refused where it is added. Internal.
 */
final class TransactionClient {

    private Object client;
    private String firstTable;

    /**
     * @param clientOfTable the client of a repository added to the transaction
     * @param tableName its table, for the message
     * @throws IllegalArgumentException if it is not the client of the repositories added before
     */
    void check(Object clientOfTable, String tableName) {
        if (client == null) {
            client = clientOfTable;
            firstTable = tableName;
        } else if (client != clientOfTable) {
            throw new IllegalArgumentException("The repository of " + tableName + " has another DynamoDB client than"
                    + " the one of " + firstTable + ": a transaction runs on one client, so build the repositories"
                    + " of one transaction with the same client");
        }
    }
}
