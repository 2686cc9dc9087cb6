package io.genericrepo.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: the key a page ended at, in {@link CanonicalValues}' encoding (so a
 * cursor outlives SDK upgrades and means one position whatever the key map's order), and a check
 * value computed from that key and a fingerprint of the query that produced it, as URL-safe base64. A cursor handed to
 * another query (another table, index, partition, condition or filter) is refused, as is one that
 * was altered. (The check needs no secret, so it detects mistakes and damage, not forgery.)
 * Internal.
 */
final class Cursors {

    private static final int VERSION = 2; // 1 wrote the SDK's map order and numbers as given

    private Cursors() {}

    /**
     * @param fingerprint what identifies the query
     * @param lastKey the page's last evaluated key
     * @return the cursor, or null when there is no next page
     */
    public static String encode(byte[] fingerprint, Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        byte[] key = CanonicalValues.encode(lastKey);
        ByteArrayOutputStream cursor = new ByteArrayOutputStream();
        cursor.write(VERSION);
        cursor.write(check(fingerprint, key), 0, 8);
        cursor.write(key, 0, key.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.toByteArray());
    }

    /**
     * @param fingerprint what identifies the query now asking
     * @param cursor a cursor, or null for the first page
     * @return the key to start after, or null for the first page
     * @throws IllegalArgumentException if the cursor is not one of this query's
     */
    public static Map<String, AttributeValue> decode(byte[] fingerprint, String cursor) {
        if (cursor == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(cursor, "it is not a generic-repo cursor");
        }
        if (bytes.length < 10 || bytes[0] != VERSION) {
            throw invalid(cursor, "it is not a generic-repo cursor");
        }
        byte[] keyBytes = Arrays.copyOfRange(bytes, 9, bytes.length);
        if (!Arrays.equals(Arrays.copyOfRange(bytes, 1, 9), Arrays.copyOf(check(fingerprint, keyBytes), 8))) {
            throw invalid(cursor, "it belongs to another query (another table, index, key, sort-key condition, filter,"
                    + " order or projection) or was altered; pass a cursor only to the query that produced it");
        }
        Map<String, AttributeValue> key;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(keyBytes))) {
            key = readKey(in);
            if (key == null || in.read() != -1) {
                throw invalid(cursor, "it is damaged");
            }
        } catch (IOException truncated) {
            throw invalid(cursor, "it is damaged");
        }
        return key;
    }

    private static byte[] check(byte[] fingerprint, byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(fingerprint);
            return digest.digest(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, AttributeValue> readKey(DataInputStream in) throws IOException {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        int size = in.readInt();
        if (size < 1 || size > 4) { // a table key and an index key: at most four attributes
            return null;
        }
        for (int i = 0; i < size; i++) {
            String name = new String(readBytes(in), StandardCharsets.UTF_8);
            int type = in.readUnsignedByte();
            byte[] value = readBytes(in);
            if (type == 'S') {
                key.put(name, AttributeValue.fromS(new String(value, StandardCharsets.UTF_8)));
            } else if (type == 'N') {
                key.put(name, AttributeValue.fromN(new String(value, StandardCharsets.UTF_8)));
            } else if (type == 'B') {
                key.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(value)));
            } else {
                return null;
            }
        }
        return key;
    }

    /** Refuses a cursor, saying why. */
    private static final class InvalidCursor extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCursor(String message) {
            super(message);
        }
    }

    private static InvalidCursor invalid(String cursor, String why) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "..." : cursor;
        return new InvalidCursor("Invalid cursor \"" + shown + "\": " + why);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a length past the end");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
