package io.genericrepo.internal.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The SDK's URLConnection client for an {@code http://} endpoint (a local test server), without
 * the TLS set-up that client otherwise does when it is built: an SSL context and the JVM's trust
 * store, about 240 ms of a fresh JVM on this project's machine, which a plain-HTTP endpoint never
 * uses. Connections get the SDK's default timeouts (2 s to connect, 30 s to read) and the JVM's
 * proxy settings (the {@code http.proxyHost} system properties), not the SDK's reading of the
 * {@code HTTP_PROXY} variables. Internal.
 */
public final class PlainHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private PlainHttp() {}

    /**
     * @param endpoint the endpoint the client is for
     * @return whether it is plain HTTP
     */
    public static boolean isPlain(URI endpoint) {
        return endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme());
    }

    /** @return a URLConnection client that opens plain HTTP connections only */
    public static SdkHttpClient client() {
        return UrlConnectionHttpClient.create(PlainHttp::open);
    }

    static HttpURLConnection open(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalStateException("the repository's plain-HTTP client was asked for " + uri
                    + "; it serves http:// endpoints only");
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a connection to " + uri, e);
        }
    }
}
