package io.genericrepo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.genericrepo.internal.execution.SyncExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The HTTP client of a client the builder makes itself: the sync builder uses the SDK's URLConnection
 * client, even beside Apache 5 (on this module's test classpath, and which the SDK by itself would
 * prefer); the async builder, finding no async HTTP client on the classpath (as in an application
 * that added none), says what to add.
 */
class BuilderClientTest {

    static final class SyncBuilder extends RepositoryBuilder<SyncBuilder, Void> {
        @Override
        protected SyncBuilder self() {
            return this;
        }

        @Override
        public Void build() {
            return null;
        }
    }

    static final class AsyncBuilder extends AsyncRepositoryBuilder<AsyncBuilder, Void> {
        @Override
        protected AsyncBuilder self() {
            return this;
        }

        @Override
        public Void build() {
            return null;
        }
    }

    private static final StaticCredentialsProvider LOCAL =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    @Test
    void theSyncBuildersOwnClientSendsWithTheUrlConnectionClient() throws Exception {
        List<String> agents = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"TableNames\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (SyncExecutor executor = new SyncBuilder().region("us-east-1").credentials(LOCAL)
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).syncExecutor()) {
            assertEquals(List.of(), executor.client().listTables().tableNames());
        } finally {
            server.stop(0);
        }
        assertEquals(1, agents.size());
        assertTrue(agents.get(0).contains("md/http#UrlConnection"), "the SDK names its HTTP client in the user agent: "
                + agents.get(0));
    }

    @Test
    void theAsyncBuildersOwnClientWithoutAnAsyncHttpClientSaysWhatToAdd() {
        AsyncBuilder builder = new AsyncBuilder().region("us-east-1").credentials(LOCAL)
                .endpoint(URI.create("http://127.0.0.1:1"));
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::asyncExecutor);
        assertEquals("The async repository's own client needs an async HTTP client, and none is on the classpath:"
                + " add software.amazon.awssdk:netty-nio-client or software.amazon.awssdk:aws-crt-client (versions"
                + " from the AWS SDK's BOM) to the application, or build a DynamoDbAsyncClient yourself and pass it"
                + " with .client(...)", e.getMessage());
    }
}
