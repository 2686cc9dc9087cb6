package io.genericrepo.it;

import io.genericrepo.AsyncRepository;
import io.genericrepo.Repository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A sync and an async client that record what they send, and repositories of any model over
 * them: one test case, run once per {@link Flavour}, builds its repository here.
 */
final class Parity implements AutoCloseable {

    final SentRequests sent = new SentRequests();
    final DynamoDbClient sync;
    final DynamoDbAsyncClient async;

    Parity(Backend backend) {
        this.sync = backend.client(sent);
        this.async = backend.asyncClient(sent);
    }

    /**
     * @param f the flavour
     * @param prefix the table name's prefix
     * @param syncRepo builds the sync repository over a client and a table name
     * @param asyncRepo builds the async one
     * @return the flavour's repository, its table created, the requests so far forgotten
     */
    <T, K, P> Repo<T, K, P> repo(Flavour f, String prefix,
            BiFunction<DynamoDbClient, String, ? extends Repository<T, K, P>> syncRepo,
            BiFunction<DynamoDbAsyncClient, String, ? extends AsyncRepository<T, K, P>> asyncRepo) {
        String table = BackendExtension.uniqueTableName(prefix);
        Repo<T, K, P> repo = f == Flavour.SYNC ? Repo.sync(syncRepo.apply(sync, table))
                : Repo.async(asyncRepo.apply(async, table));
        repo.createTable();
        sent.clear();
        return repo;
    }

    @Override
    public void close() {
        sync.close();
        async.close();
    }
}
