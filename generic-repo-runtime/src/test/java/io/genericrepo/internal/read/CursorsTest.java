package io.genericrepo.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cursors: a canonical encoding of the key (pinned here byte for byte, so that a change that
 * would invalidate every outstanding cursor shows), tied to the query that made them.
 */
class CursorsTest {

    private static final byte[] QUERY = new byte[32];
    private static final byte[] OTHER_QUERY = "another query, another fingerprint".getBytes(StandardCharsets.UTF_8);

    private static Map<String, AttributeValue> key(String id, String n) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("id", AttributeValue.fromS(id));
        key.put("n", AttributeValue.fromN(n));
        return key;
    }

    @Test
    void theEncodingOfAKnownKeyIsPinned() {
        byte[] expected = {
            0, 0, 0, 2, // two attributes, sorted by name
            0, 0, 0, 2, 'i', 'd', 'S', 0, 0, 0, 3, 'c', '-', '1',
            0, 0, 0, 1, 'n', 'N', 0, 0, 0, 3, '1', '.', '5'};
        assertArrayEquals(expected, CanonicalValues.encode(key("c-1", "1.50")));
        assertEquals("Akgh8rNamInjAAAAAgAAAAJpZFMAAAADYy0xAAAAAW5OAAAAAzEuNQ", Cursors.encode(QUERY, key("c-1", "1.50")),
                "version 2, eight check bytes, then the key");
    }

    @Test
    void oneKeyIsOneCursorWhateverItsMapOrderOrNumberSpelling() {
        Map<String, AttributeValue> reversed = new LinkedHashMap<>();
        reversed.put("n", AttributeValue.fromN("15E-1"));
        reversed.put("id", AttributeValue.fromS("c-1"));
        assertEquals(Cursors.encode(QUERY, key("c-1", "1.5")), Cursors.encode(QUERY, reversed));
        assertEquals(Cursors.encode(QUERY, key("c-1", "100")), Cursors.encode(QUERY, key("c-1", "1E+2")));
        assertEquals("0", CanonicalValues.normalNumber("-0.000"));
        assertEquals("-12.5", CanonicalValues.normalNumber("-12.50"));
    }

    @Test
    void aCursorDecodesToItsKey() {
        Map<String, AttributeValue> key = new LinkedHashMap<>(key("c-é", "-7.25"));
        key.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 42})));
        Map<String, AttributeValue> decoded = Cursors.decode(QUERY, Cursors.encode(QUERY, key));
        assertEquals(key, decoded);
        assertNull(Cursors.encode(QUERY, null), "no next page, no cursor");
        assertNull(Cursors.encode(QUERY, Map.of()));
        assertNull(Cursors.decode(QUERY, null), "no cursor, the first page");
    }

    @Test
    void aCursorOfAnotherQueryIsRefused() {
        String cursor = Cursors.encode(QUERY, key("c-1", "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursors.decode(OTHER_QUERY, cursor));
        assertTrue(e.getMessage().startsWith("Invalid cursor \"" + cursor.substring(0, 40) + "...\": it belongs to another"
                + " query"), e.getMessage());
    }

    @Test
    void damagedOrForeignCursorsAreRefused() {
        String cursor = Cursors.encode(QUERY, key("c-1", "1"));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[bytes.length - 1] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cursors.decode(QUERY, altered)).getMessage()
                .contains("or was altered"));
        for (String foreign : List.of("not a cursor!", "AQ", Base64.getUrlEncoder().encodeToString(new byte[] {1, 2, 3, 4,
                5, 6, 7, 8, 9, 10, 11}))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursors.decode(QUERY, foreign));
            assertTrue(e.getMessage().endsWith("it is not a generic-repo cursor"), e.getMessage());
        }
    }

    @Test
    void aTruncatedCursorWithAValidCheckIsCalledDamaged() {
        // a key whose length field claims more bytes than follow, with a check computed over it
        byte[] key = {0, 0, 0, 1, 0, 0, 0, 2, 'i', 'd', 'S', 0, 0, 0, 9, 'x'};
        String cursor = cursorOf(key);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursors.decode(QUERY, cursor));
        assertTrue(e.getMessage().endsWith("it is damaged"), e.getMessage());
    }

    private static String cursorOf(byte[] key) {
        String valid = Cursors.encode(QUERY, key("x", "1"));
        byte[] head = Base64.getUrlDecoder().decode(valid);
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(QUERY);
            byte[] check = digest.digest(key);
            byte[] all = new byte[1 + 8 + key.length];
            all[0] = head[0];
            System.arraycopy(check, 0, all, 1, 8);
            System.arraycopy(key, 0, all, 9, key.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
