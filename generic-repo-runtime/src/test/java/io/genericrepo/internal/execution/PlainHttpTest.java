package io.genericrepo.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PlainHttpTest {

    @Test
    void onlyHttpEndpointsArePlain() {
        assertTrue(PlainHttp.isPlain(URI.create("http://localhost:8000")));
        assertTrue(PlainHttp.isPlain(URI.create("HTTP://localhost:8000")));
        assertFalse(PlainHttp.isPlain(URI.create("https://dynamodb.us-east-1.amazonaws.com")));
        assertFalse(PlainHttp.isPlain(null));
    }

    @Test
    void connectionsHaveTheSdksDefaultTimeouts() throws Exception {
        HttpURLConnection connection = PlainHttp.open(URI.create("http://127.0.0.1:1/"));
        assertEquals(2_000, connection.getConnectTimeout());
        assertEquals(30_000, connection.getReadTimeout());
    }

    @Test
    void anHttpsUriIsRefusedRatherThanSentWithoutTls() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlainHttp.open(URI.create("https://dynamodb.us-east-1.amazonaws.com/")));
        assertEquals("the repository's plain-HTTP client was asked for https://dynamodb.us-east-1.amazonaws.com/;"
                + " it serves http:// endpoints only", e.getMessage());
    }
}
