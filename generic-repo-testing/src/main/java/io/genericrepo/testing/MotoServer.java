package io.genericrepo.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * moto's server ({@code moto_server}, from {@code pip install 'moto[server]==5.2.1'}), for what
 * dynalite lacks: TTL settings, transactions, ReturnValuesOnConditionCheckFailure. Started on a
 * free loopback port and stopped by {@link #close()} or a shutdown hook. Tests that need it are
 * tagged {@code moto}; when {@code moto_server} is not on the PATH they fail saying so.
 */
public final class MotoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MotoServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final Process process;
    private final Thread shutdownHook;

    private MotoServer(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
        this.shutdownHook = new Thread(this::stop, "moto-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** @return where {@code moto_server} is, or null when it is not on the PATH */
    public static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "moto_server");
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return null;
    }

    /**
     * @return a running moto server
     * @throws IllegalStateException if moto_server is missing or does not start
     */
    public static MotoServer start() {
        String executable = executable();
        if (executable == null) {
            throw new IllegalStateException("moto_server is not on the PATH: the tests tagged 'moto' need moto 5.2.1"
                    + " (pip install 'moto[server]==5.2.1')");
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) { // another process may take the port between pick and bind
            try {
                return launch(executable, freePort());
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static MotoServer launch(String executable, int port) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(executable, "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + executable, e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + process.exitValue() + " on port " + port);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                LOG.info("moto_server listening on 127.0.0.1:{}", port);
                return new MotoServer(URI.create("http://127.0.0.1:" + port), process);
            } catch (IOException notYet) {
                sleep();
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("moto_server did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** @return where the server listens */
    public URI endpoint() {
        return endpoint;
    }

    /** @return a new client for it, with dummy credentials */
    public DynamoDbClient newClient() {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(DynaliteServer.credentials()).build();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for moto_server", e);
        }
    }
}
