package io.genericrepo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The pinned dynalite (see {@code test-server/package.json}), started with Node on a free
 * loopback port picked here (dynalite ignores {@code --port 0}), with the table state delays set
 * to zero so that SDK waiters do not stall. Stopped by {@link #close()} and, as a last resort, by
 * a shutdown hook, so no process is left behind.
 *
 * <p>If the environment variable {@value #ENDPOINT_VARIABLE} is set, nothing is started and
 * clients point at that endpoint instead (another server, or AWS).
 */
public final class DynaliteServer implements AutoCloseable {

    /** Points the tests at another DynamoDB-compatible endpoint instead of starting dynalite. */
    public static final String ENDPOINT_VARIABLE = "GENERIC_REPO_TEST_ENDPOINT";

    private static final Logger LOG = LoggerFactory.getLogger(DynaliteServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final Process process;
    private final Thread shutdownHook;

    private DynaliteServer(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
        this.shutdownHook = process == null ? null : new Thread(this::stopProcess, "dynalite-stop");
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Starts dynalite, or uses {@value #ENDPOINT_VARIABLE} when it is set.
     *
     * @return the running server
     */
    public static DynaliteServer start() {
        String external = System.getenv(ENDPOINT_VARIABLE);
        if (external != null && !external.isBlank()) {
            LOG.info("Using the DynamoDB endpoint {} from {}", external, ENDPOINT_VARIABLE);
            return new DynaliteServer(URI.create(external.trim()), null);
        }
        Path cli = testServerDir().resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException(cli + " is missing: run `npm ci` in " + testServerDir()
                    + " (the Maven build does it in generic-repo-testing)");
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) { // another process may take the port between pick and bind
            int port = freePort();
            try {
                return launch(cli, port);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static DynaliteServer launch(Path cli, int port) {
        List<String> command = List.of("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + String.join(" ", command) + " (is Node installed?)", e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with " + process.exitValue() + " on port " + port);
            }
            if (accepts(port)) {
                LOG.info("dynalite listening on 127.0.0.1:{} (pid {})", port, process.pid());
                return new DynaliteServer(URI.create("http://127.0.0.1:" + port), process);
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** @return the server process's id, or -1 for an external endpoint */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** @return where the server listens */
    public URI endpoint() {
        return endpoint;
    }

    /** @return a new client for the server, with dummy credentials and region (dynalite checks neither) */
    public DynamoDbClient newClient() {
        return clientBuilder().build();
    }

    /** @return a client builder set up for the server, for tests that add interceptors or other settings */
    public DynamoDbClientBuilder clientBuilder() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials());
    }

    /** @return an async client builder set up for the server */
    public DynamoDbAsyncClientBuilder asyncClientBuilder() {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials());
    }

    /** @return the dummy credentials a local server accepts; the SDK's chain when an endpoint is given */
    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    /** Stops dynalite, if this started it. */
    @Override
    public void close() {
        if (process != null) {
            stopProcess();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private void stopProcess() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the process is still running (false for an external endpoint) */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    static Path testServerDir() {
        String configured = System.getProperty("genericrepo.testServerDir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "test-server");
        return dir.toAbsolutePath().normalize();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for dynalite", e);
        }
    }
}
