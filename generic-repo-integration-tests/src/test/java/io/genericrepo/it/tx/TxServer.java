package io.genericrepo.it.tx;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import io.genericrepo.testing.DynaliteServer;
import io.genericrepo.testing.Intercepted;
import io.genericrepo.testing.MotoServer;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where the transaction cases run: the embedded engine or moto's server (dynalite has no
 * transactions). Clients get the test's interceptors (request recorders, injected conflicts).
 */
interface TxServer extends AutoCloseable {

    DynamoDbClient client(ExecutionInterceptor... interceptors);

    DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors);

    @Override
    void close();

    /** A fresh embedded engine. */
    static TxServer engine() {
        InMemoryDynamoDb engine = InMemoryDynamoDb.create();
        return new TxServer() {
            @Override
            public DynamoDbClient client(ExecutionInterceptor... interceptors) {
                return Intercepted.sync(engine.client(), List.of(interceptors));
            }

            @Override
            public DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors) {
                return Intercepted.async(engine.asyncClient(), List.of(interceptors));
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    /** moto 5.2.1's server, started now. */
    static TxServer moto() {
        MotoServer moto = MotoServer.start();
        return new TxServer() {
            @Override
            public DynamoDbClient client(ExecutionInterceptor... interceptors) {
                return DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(DynaliteServer.credentials())
                        .overrideConfiguration(c -> List.of(interceptors).forEach(c::addExecutionInterceptor)).build();
            }

            @Override
            public DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors) {
                return DynamoDbAsyncClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(DynaliteServer.credentials())
                        .overrideConfiguration(c -> List.of(interceptors).forEach(c::addExecutionInterceptor)).build();
            }

            @Override
            public void close() {
                moto.close();
            }
        };
    }
}
