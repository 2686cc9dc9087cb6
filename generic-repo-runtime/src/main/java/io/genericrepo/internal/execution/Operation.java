package io.genericrepo.internal.execution;

import io.genericrepo.internal.table.TableOperations;
import java.util.function.Function;

/**
 * One repository operation as data: the request to send, the call that sends it, how the
 * response becomes the result, and how a failure becomes the exception the caller sees. Built
 * once by {@link TableOperations}; run by {@link SyncExecutor} (and, later, its async twin) that
 * differ only in how the call is made. Internal.
 *
 * @param call the API call
 * @param request the request
 * @param tableName the table, for logs
 * @param key the key as {@code name=value} pairs, for logs (empty when there is none)
 * @param transform from response to result
 * @param onError from the SDK's exception to the one to throw
 * @param <Q> request type
 * @param <S> response type
 * @param <R> result type
 */
public record Operation<Q, S, R>(Call<Q, S> call, Q request, String tableName, String key, Function<S, R> transform,
        Function<RuntimeException, RuntimeException> onError) {

    /**
     * An operation whose failures are rethrown as they are.
     *
     * @param call the API call
     * @param request the request
     * @param tableName the table
     * @param key the key, for logs
     * @param transform from response to result
     */
    public Operation(Call<Q, S> call, Q request, String tableName, String key, Function<S, R> transform) {
        this(call, request, tableName, key, transform, Function.identity());
    }
}
