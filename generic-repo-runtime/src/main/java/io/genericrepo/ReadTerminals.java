package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.read.PagePublisher;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.internal.read.SyncReads;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.async.SdkPublisher;

/**
 * The terminals of queries and scans, once for both: {@link Query} and {@link Scan} run them on
 * the sync reads, {@link AsyncQuery} and {@link AsyncScan} on the async ones.
 *
 * @param <T> the record
 */
final class ReadTerminals<T> {

    private final TableOperations<T, ?> operations;
    private final SyncReads sync;
    private final Runner runner;
    private final PagedReads paged;

    private ReadTerminals(TableOperations<T, ?> operations, SyncReads sync, Runner runner, PagedReads paged) {
        this.operations = operations;
        this.sync = sync;
        this.runner = runner;
        this.paged = paged;
    }

    static <T> ReadTerminals<T> sync(TableOperations<T, ?> operations, SyncReads reads) {
        return new ReadTerminals<>(operations, reads, null, reads.paged());
    }

    static <T> ReadTerminals<T> async(TableOperations<T, ?> operations, Runner runner, PagedReads reads) {
        return new ReadTerminals<>(operations, null, runner, reads);
    }

    Stream<T> stream(ReadSpec spec) {
        return sync.stream(spec).map(operations::read);
    }

    List<T> list(ReadSpec spec) {
        try (Stream<T> s = stream(spec)) {
            return s.collect(Collectors.toList());
        }
    }

    Optional<T> first(ReadSpec one) {
        try (Stream<T> s = stream(one)) {
            return s.findFirst();
        }
    }

    SdkPublisher<T> publisher(List<ReadSpec> parts, Integer limit) {
        return SdkPublisher.adapt(new PagePublisher(runner, parts, limit)).map(operations::read);
    }

    CompletableFuture<List<T>> listAsync(ReadSpec spec) {
        return paged.list(spec).thenApply(items -> items.stream().map(operations::read).toList());
    }

    CompletableFuture<Optional<T>> firstAsync(ReadSpec one) {
        return paged.list(one).thenApply(items -> items.stream().findFirst().map(operations::read));
    }

    CompletableFuture<Long> count(ReadSpec spec) {
        return sync != null ? CompletableFuture.completedFuture(sync.count(spec)) : paged.count(spec);
    }

    CompletableFuture<Page<T>> page(ReadSpec spec, String cursor) {
        return paged.page(spec, cursor, keyNames(spec))
                .thenApply(r -> new Page<>(r.items().stream().map(operations::read).toList(), r.cursor()));
    }

    /** The attributes that locate an item in what the read goes through: the table's keys, and an index's. */
    private List<String> keyNames(ReadSpec spec) {
        TableMetadata metadata = operations.schema().metadata();
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(metadata.partitionKey());
        keys.add(metadata.sortKey());
        metadata.indexes().stream().filter(i -> i.name().equals(spec.indexName())).findFirst().ifPresent(i -> {
            keys.add(i.partitionKey());
            keys.add(i.sortKey());
        });
        return keys.stream().filter(Objects::nonNull).map(KeyAttribute::name).distinct().toList();
    }
}
