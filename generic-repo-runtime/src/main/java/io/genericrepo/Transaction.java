package io.genericrepo;

/**
 * Where transactions start: typed, all-or-nothing writes (TransactWriteItems) and consistent reads
 * (TransactGetItems) over any repositories of one client, several tables in one transaction.
 *
 * <p>Actions are built with the same typed conditions and updates as single writes, and the same
 * rules hold: a {@code @Version}ed put or delete carries its version condition and stores the
 * next version, an update increments the version, a null {@code @Ttl} is filled, and keys and
 * items are checked before anything is sent, with the same messages. DynamoDB's transaction
 * limits (100 actions, 4 MB, 400 KB per item, one action per item) are checked as actions are
 * added.
 *
 * <pre>{@code
 * TransactionResult done = Transaction.write()
 *         .put(orders, order, Order_.orderId.notExists())
 *         .update(customers, "c-1", Update.of(Customer_.orderCount.add(1)))
 *         .check(stock, "sku-7", Stock_.count.ge(1).withMessage("out of stock"))
 *         .commit();
 * Order saved = done.item(orders, new OrderKey("c-1", "o-9"));
 *
 * TransactionResult read = Transaction.read().get(orders, key).get(customers, "c-1").load();
 * Optional<Customer> customer = read.find(customers, "c-1");
 * }</pre>
 *
 * The async twins, {@link #writeAsync()} and {@link #readAsync()}, take {@link AsyncRepository}s
 * and return {@code CompletableFuture}s.
 */
public final class Transaction {

    private Transaction() {}

    /**
     * @return a new write transaction over sync repositories; its client request token is chosen now
     */
    public static WriteTransaction write() {
        return new WriteTransaction();
    }

    /**
     * @return a new write transaction over async repositories; its client request token is chosen now
     */
    public static AsyncWriteTransaction writeAsync() {
        return new AsyncWriteTransaction();
    }

    /** @return a new read transaction over sync repositories */
    public static ReadTransaction read() {
        return new ReadTransaction();
    }

    /** @return a new read transaction over async repositories */
    public static AsyncReadTransaction readAsync() {
        return new AsyncReadTransaction();
    }
}
