package io.genericrepo.it;

import io.genericrepo.AsyncRepository;
import io.genericrepo.Condition;
import io.genericrepo.Page;
import io.genericrepo.Repository;
import io.genericrepo.Update;
import io.genericrepo.UpdateResult;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.path.Index;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The repository API as the tests use it, so that one test case runs on the sync repository and on
 * the async one (whose futures it joins, rethrowing what failed them, and whose publishers it
 * drains through {@code subscribe}).
 *
 * @param <T> the record
 * @param <K> its key
 * @param <P> its partition key type
 */
interface Repo<T, K, P> extends AutoCloseable {

    String name();

    Optional<T> load(K key);

    T loadOrThrow(K key);

    T save(T item);

    T save(T item, Condition<T> condition);

    Optional<T> delete(K key);

    Optional<T> delete(K key, Condition<T> condition);

    Optional<T> deleteItem(T item);

    T update(K key, Update<T> update);

    T update(K key, Update<T> update, Condition<T> condition);

    T updateExisting(K key, Update<T> update);

    T updateIfUnchanged(T current, Update<T> update);

    UpdateResult<T> tryUpdate(K key, Update<T> update, Condition<T> condition);

    void saveAll(Collection<? extends T> items);

    void deleteAll(Collection<? extends K> keys);

    List<T> loadAll(Collection<? extends K> keys);

    int deleteAllByPartitionKey(P partitionKey);

    List<T> queryList(P partitionKey, Condition<T> filter);

    List<T> queryStream(P partitionKey);

    long queryCount(P partitionKey, Condition<T> filter);

    List<T> scanList(Condition<T> filter, int segments);

    List<T> scanStream(int segments);

    long count(Condition<T> filter);

    List<T> findAll(P partitionKey);

    <I> List<T> findAllWithIndex(Index<T, I, ?> index, I value);

    <I> Optional<T> findOneWithIndex(Index<T, I, ?> index, I value);

    Optional<T> first(P partitionKey, Condition<T> sortKey);

    Page<T> page(P partitionKey, int limit, String cursor);

    long approximateCount();

    T updateExisting(K key, Update<T> update, Condition<T> condition);

    long count();

    void createTable();

    boolean ensureTable();

    String tableName();

    @Override
    void close();

    static <T, K, P> Repo<T, K, P> sync(Repository<T, K, P> r) {
        return new Repo<>() {
            public String name() { return "sync"; }
            public Optional<T> load(K key) { return r.load(key); }
            public T loadOrThrow(K key) { return r.loadOrThrow(key); }
            public T save(T item) { return r.save(item); }
            public T save(T item, Condition<T> c) { return r.save(item, c); }
            public Optional<T> delete(K key) { return r.delete(key); }
            public Optional<T> delete(K key, Condition<T> c) { return r.delete(key, c); }
            public Optional<T> deleteItem(T item) { return r.deleteItem(item); }
            public T update(K key, Update<T> u) { return r.update(key, u); }
            public T update(K key, Update<T> u, Condition<T> c) { return r.update(key, u, c); }
            public T updateExisting(K key, Update<T> u) { return r.updateExisting(key, u); }
            public T updateIfUnchanged(T current, Update<T> u) { return r.updateIfUnchanged(current, u); }
            public UpdateResult<T> tryUpdate(K key, Update<T> u, Condition<T> c) { return r.tryUpdate(key, u, c); }
            public void saveAll(Collection<? extends T> items) { r.saveAll(items); }
            public void deleteAll(Collection<? extends K> keys) { r.deleteAll(keys); }
            public List<T> loadAll(Collection<? extends K> keys) { return r.loadAll(keys); }
            public int deleteAllByPartitionKey(P pk) { return r.deleteAllByPartitionKey(pk); }
            public List<T> queryList(P pk, Condition<T> f) { return f == null ? r.query(pk).list() : r.query(pk).filter(f).list(); }
            public List<T> queryStream(P pk) { return r.query(pk).stream().toList(); }
            public long queryCount(P pk, Condition<T> f) { return f == null ? r.query(pk).count() : r.query(pk).filter(f).count(); }
            public List<T> scanList(Condition<T> f, int segments) {
                return f == null ? r.scan().parallel(segments).list() : r.scan().parallel(segments).filter(f).list();
            }
            public List<T> scanStream(int segments) { return r.scan().parallel(segments).stream().toList(); }
            public long count(Condition<T> f) { return r.count(f); }
            public long count() { return r.count(); }
            public List<T> findAll(P pk) { return r.findAll(pk); }
            public <I> List<T> findAllWithIndex(Index<T, I, ?> index, I value) { return r.findAllWithIndex(index, value); }
            public <I> Optional<T> findOneWithIndex(Index<T, I, ?> index, I value) { return r.findOneWithIndex(index, value); }
            public Optional<T> first(P pk, Condition<T> sk) { return r.query(pk).sortKey(sk).descending().first(); }
            public Page<T> page(P pk, int limit, String cursor) { return r.query(pk).limit(limit).page(cursor); }
            public long approximateCount() { return r.approximateCount(); }
            public T updateExisting(K key, Update<T> u, Condition<T> c) { return r.updateExisting(key, u, c); }
            public void createTable() { r.createTable(); }
            public boolean ensureTable() { return r.ensureTable(); }
            public String tableName() { return r.tableName(); }
            public void close() { r.close(); }
        };
    }

    static <T, K, P> Repo<T, K, P> async(AsyncRepository<T, K, P> r) {
        return new Repo<>() {
            public String name() { return "async"; }
            public Optional<T> load(K key) { return join(r.load(key)); }
            public T loadOrThrow(K key) { return join(r.loadOrThrow(key)); }
            public T save(T item) { return join(r.save(item)); }
            public T save(T item, Condition<T> c) { return join(r.save(item, c)); }
            public Optional<T> delete(K key) { return join(r.delete(key)); }
            public Optional<T> delete(K key, Condition<T> c) { return join(r.delete(key, c)); }
            public Optional<T> deleteItem(T item) { return join(r.deleteItem(item)); }
            public T update(K key, Update<T> u) { return join(r.update(key, u)); }
            public T update(K key, Update<T> u, Condition<T> c) { return join(r.update(key, u, c)); }
            public T updateExisting(K key, Update<T> u) { return join(r.updateExisting(key, u)); }
            public T updateIfUnchanged(T current, Update<T> u) { return join(r.updateIfUnchanged(current, u)); }
            public UpdateResult<T> tryUpdate(K key, Update<T> u, Condition<T> c) { return join(r.tryUpdate(key, u, c)); }
            public void saveAll(Collection<? extends T> items) { join(r.saveAll(items)); }
            public void deleteAll(Collection<? extends K> keys) { join(r.deleteAll(keys)); }
            public List<T> loadAll(Collection<? extends K> keys) { return join(r.loadAll(keys)); }
            public int deleteAllByPartitionKey(P pk) { return join(r.deleteAllByPartitionKey(pk)); }
            public List<T> queryList(P pk, Condition<T> f) {
                return join(f == null ? r.query(pk).list() : r.query(pk).filter(f).list());
            }
            public List<T> queryStream(P pk) { return drain(r.query(pk).stream()::subscribe); }
            public long queryCount(P pk, Condition<T> f) {
                return join(f == null ? r.query(pk).count() : r.query(pk).filter(f).count());
            }
            public List<T> scanList(Condition<T> f, int segments) {
                return join(f == null ? r.scan().parallel(segments).list() : r.scan().parallel(segments).filter(f).list());
            }
            public List<T> scanStream(int segments) { return drain(r.scan().parallel(segments).stream()::subscribe); }
            public long count(Condition<T> f) { return join(r.count(f)); }
            public long count() { return join(r.count()); }
            public List<T> findAll(P pk) { return join(r.findAll(pk)); }
            public <I> List<T> findAllWithIndex(Index<T, I, ?> index, I value) { return join(r.findAllWithIndex(index, value)); }
            public <I> Optional<T> findOneWithIndex(Index<T, I, ?> index, I value) {
                return join(r.findOneWithIndex(index, value));
            }
            public Optional<T> first(P pk, Condition<T> sk) { return join(r.query(pk).sortKey(sk).descending().first()); }
            public Page<T> page(P pk, int limit, String cursor) { return join(r.query(pk).limit(limit).page(cursor)); }
            public long approximateCount() { return join(r.approximateCount()); }
            public T updateExisting(K key, Update<T> u, Condition<T> c) { return join(r.updateExisting(key, u, c)); }
            public void createTable() { join(r.createTable()); }
            public boolean ensureTable() { return join(r.ensureTable()); }
            public String tableName() { return r.tableName(); }
            public void close() { r.close(); }
        };
    }

    static <R> R join(CompletableFuture<R> future) {
        return Runner.join(future);
    }

    /** Subscribes with a consumer, as a user of {@code SdkPublisher.subscribe(item -> ...)} would. */
    static <T> List<T> drain(Function<java.util.function.Consumer<T>, CompletableFuture<Void>> subscribe) {
        List<T> items = Collections.synchronizedList(new ArrayList<>());
        join(subscribe.apply(items::add));
        return new ArrayList<>(items);
    }
}
