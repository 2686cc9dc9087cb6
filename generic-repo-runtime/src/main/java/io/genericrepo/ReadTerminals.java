package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.read.PagePublisher;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.internal.read.SyncReads;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
    private final BooleanSupplier skipUnknownTypes;

    private ReadTerminals(TableOperations<T, ?> operations, SyncReads sync, Runner runner, PagedReads paged,
            BooleanSupplier skipUnknownTypes) {
        this.operations = operations;
        this.sync = sync;
        this.runner = runner;
        this.paged = paged;
        this.skipUnknownTypes = skipUnknownTypes;
    }

    static <T> ReadTerminals<T> sync(TableOperations<T, ?> operations, SyncReads reads, BooleanSupplier skipUnknownTypes) {
        return new ReadTerminals<>(operations, reads, null, reads.paged(), skipUnknownTypes);
    }

    static <T> ReadTerminals<T> async(TableOperations<T, ?> operations, Runner runner, PagedReads reads,
            BooleanSupplier skipUnknownTypes) {
        return new ReadTerminals<>(operations, null, runner, reads, skipUnknownTypes);
    }

    /** The record of a stored item; null for one of an unknown entity type when the read skips those. */
    private T read(Map<String, AttributeValue> item) {
        try {
            return operations.read(item);
        } catch (UnknownEntityTypeException e) {
            if (skipUnknownTypes.getAsBoolean()) {
                return null;
            }
            throw e;
        }
    }

    private List<T> readAll(List<Map<String, AttributeValue>> items) {
        List<T> out = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            T read = read(item);
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    Stream<T> stream(ReadSpec spec) {
        return sync.stream(spec).map(this::read).filter(Objects::nonNull);
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
        return SdkPublisher.adapt(new PagePublisher(runner, parts, limit)).map(this::read).filter(Objects::nonNull);
    }

    CompletableFuture<List<T>> listAsync(ReadSpec spec) {
        return paged.list(spec).thenApply(this::readAll);
    }

    CompletableFuture<Optional<T>> firstAsync(ReadSpec one) {
        return paged.list(one).thenApply(items -> readAll(items).stream().findFirst());
    }

    CompletableFuture<Long> count(ReadSpec spec) {
        return sync != null ? CompletableFuture.completedFuture(sync.count(spec)) : paged.count(spec);
    }

    CompletableFuture<Page<T>> page(ReadSpec spec, String cursor) {
        return paged.page(spec, cursor, keyNames(spec))
                .thenApply(r -> new Page<>(readAll(r.items()), r.cursor()));
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
