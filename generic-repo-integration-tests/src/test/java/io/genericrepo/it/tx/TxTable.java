package io.genericrepo.it.tx;

import io.genericrepo.AsyncRepository;
import io.genericrepo.Condition;
import io.genericrepo.Repository;
import io.genericrepo.TransactionResult;
import io.genericrepo.Update;
import io.genericrepo.internal.execution.Runner;
import java.util.Optional;

/**
 * One table of a transaction case, on a sync repository or an async one: what the cases do
 * outside transactions (set up, read to verify) and the typed lookups of a result.
 *
 * @param sync the sync repository, or null
 * @param async the async repository, or null
 * @param <T> the record
 * @param <K> its key
 */
record TxTable<T, K>(Repository<T, K, ?> sync, AsyncRepository<T, K, ?> async) implements AutoCloseable {

    void createTable() {
        if (sync != null) {
            sync.createTable();
        } else {
            async.createTable().join();
        }
    }

    T save(T item) {
        return sync != null ? sync.save(item) : Runner.join(async.save(item));
    }

    T save(T item, Condition<T> condition) {
        return sync != null ? sync.save(item, condition) : Runner.join(async.save(item, condition));
    }

    T update(K key, Update<T> update, Condition<T> condition) {
        return sync != null ? sync.update(key, update, condition) : Runner.join(async.update(key, update, condition));
    }

    Optional<T> load(K key) {
        return sync != null ? sync.load(key) : Runner.join(async.load(key));
    }

    String tableName() {
        return sync != null ? sync.tableName() : async.tableName();
    }

    T item(TransactionResult result, K key) {
        return sync != null ? result.item(sync, key) : result.item(async, key);
    }

    Optional<T> find(TransactionResult result, K key) {
        return sync != null ? result.find(sync, key) : result.find(async, key);
    }

    @Override
    public void close() {
        if (sync != null) {
            sync.close();
        } else {
            async.close();
        }
    }
}
