package io.genericrepo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.genericrepo.internal.execution.SyncExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A started loopback server that answers every request with ListTables {@code tables}, noting user agents. */
    static HttpServer listTablesServer(String tables, List<String> agents) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"TableNames\":" + tables + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void theSyncBuildersOwnClientSendsWithTheUrlConnectionClient() throws Exception {
        List<String> agents = new CopyOnWriteArrayList<>();
        HttpServer server = listTablesServer("[]", agents);
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

    /**
     * A fresh JVM that builds the sync builder's own client for {@code args[0]} and, for an http
     * endpoint, answers one ListTables from a server of its own.
     */
    public static final class OwnClientChild {
        private OwnClientChild() {}

        public static void main(String[] args) throws Exception {
            URI endpoint = URI.create(args[0]);
            HttpServer server = null;
            if (endpoint.getScheme().equals("http")) {
                server = listTablesServer("[\"t\"]", new CopyOnWriteArrayList<>());
                endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            }
            try (SyncExecutor executor = new SyncBuilder().region("us-east-1").credentials(LOCAL).endpoint(endpoint)
                    .syncExecutor()) {
                if (server != null) {
                    System.out.println("tables " + executor.client().listTables().tableNames());
                }
            } finally {
                if (server != null) {
                    server.stop(0);
                }
            }
        }
    }

    /** @return the classes a fresh {@link OwnClientChild} loaded, and what it printed */
    private static String runChild(String endpoint) throws Exception {
        Path log = Files.createTempFile("classes", ".txt");
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                    OwnClientChild.class.getName(), endpoint).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), output);
            return output + Files.readString(log);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void theOwnClientOfAPlainHttpEndpointSetsUpNoTls() throws Exception {
        String plain = runChild("http://placeholder");
        assertTrue(plain.contains("tables [t]"), plain);
        assertFalse(plain.contains("sun.security.ssl.SSLContextImpl "), "no SSL context for an http:// endpoint");
        String secure = runChild("https://127.0.0.1:1"); // built, nothing sent
        assertTrue(secure.contains("sun.security.ssl.SSLContextImpl "), "an https:// endpoint's client sets up TLS");
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
