package io.genericrepo.it.tx;

import io.genericrepo.AsyncReadTransaction;
import io.genericrepo.AsyncWriteTransaction;
import io.genericrepo.Condition;
import io.genericrepo.ReadTransaction;
import io.genericrepo.Transaction;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.WriteTransaction;
import io.genericrepo.internal.execution.Runner;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A write or read transaction as the cases build it, on {@link WriteTransaction} or
 * {@link AsyncWriteTransaction} (whose future it joins, rethrowing what failed it), so that one
 * case runs on both.
 */
final class Tx {

    private final WriteTransaction sync;
    private final AsyncWriteTransaction async;
    private final ReadTransaction syncRead;
    private final AsyncReadTransaction asyncRead;

    private Tx(boolean isAsync, boolean read) {
        sync = !isAsync && !read ? Transaction.write() : null;
        async = isAsync && !read ? Transaction.writeAsync() : null;
        syncRead = !isAsync && read ? Transaction.read() : null;
        asyncRead = isAsync && read ? Transaction.readAsync() : null;
    }

    static Tx write(boolean isAsync) {
        return new Tx(isAsync, false);
    }

    static Tx read(boolean isAsync) {
        return new Tx(isAsync, true);
    }

    <T> Tx put(TxTable<T, ?> t, T item) {
        return put(t, item, null);
    }

    <T> Tx put(TxTable<T, ?> t, T item, Condition<T> condition) {
        if (sync != null) {
            sync.put(t.sync(), item, condition);
        } else {
            async.put(t.async(), item, condition);
        }
        return this;
    }

    <T, K> Tx update(TxTable<T, K> t, K key, Update<T> update) {
        return update(t, key, update, null);
    }

    <T, K> Tx update(TxTable<T, K> t, K key, Update<T> update, Condition<T> condition) {
        if (sync != null) {
            sync.update(t.sync(), key, update, condition);
        } else {
            async.update(t.async(), key, update, condition);
        }
        return this;
    }

    <T> Tx updateIfUnchanged(TxTable<T, ?> t, T current, Update<T> update) {
        if (sync != null) {
            sync.updateIfUnchanged(t.sync(), current, update);
        } else {
            async.updateIfUnchanged(t.async(), current, update);
        }
        return this;
    }

    <T, K> Tx delete(TxTable<T, K> t, K key, Condition<T> condition) {
        if (sync != null) {
            sync.delete(t.sync(), key, condition);
        } else {
            async.delete(t.async(), key, condition);
        }
        return this;
    }

    <T> Tx deleteItem(TxTable<T, ?> t, T item) {
        if (sync != null) {
            sync.deleteItem(t.sync(), item);
        } else {
            async.deleteItem(t.async(), item);
        }
        return this;
    }

    <T, K> Tx check(TxTable<T, K> t, K key, Condition<T> condition) {
        if (sync != null) {
            sync.check(t.sync(), key, condition);
        } else {
            async.check(t.async(), key, condition);
        }
        return this;
    }

    <T, K> Tx get(TxTable<T, K> t, K key) {
        if (syncRead != null) {
            syncRead.get(t.sync(), key);
        } else {
            asyncRead.get(t.async(), key);
        }
        return this;
    }

    Tx token(String token) {
        if (sync != null) {
            sync.clientRequestToken(token);
        } else {
            async.clientRequestToken(token);
        }
        return this;
    }

    String token() {
        return sync != null ? sync.clientRequestToken() : async.clientRequestToken();
    }

    Tx retryOnConflict(int attempts, BackoffStrategy backoff) {
        if (sync != null) {
            sync.retryOnConflict(attempts, backoff);
        } else {
            async.retryOnConflict(attempts, backoff);
        }
        return this;
    }

    Tx retryOnConflict(int attempts) {
        if (sync != null) {
            sync.retryOnConflict(attempts);
        } else {
            async.retryOnConflict(attempts);
        }
        return this;
    }

    TransactionResult commit() {
        return sync != null ? sync.commit() : Runner.join(async.commit());
    }

    TransactionResult load() {
        return syncRead != null ? syncRead.load() : Runner.join(asyncRead.load());
    }
}
