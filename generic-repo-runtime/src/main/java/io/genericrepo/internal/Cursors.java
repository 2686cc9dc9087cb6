package io.genericrepo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Opaque pagination cursors: the last evaluated key of a page and a check value computed from that
 * key and a fingerprint of the query that produced it, as URL-safe base64. A cursor handed to
 * another query (another table, index, partition, condition or filter) is refused, as is one that
 * was altered. (The check needs no secret, so it detects mistakes and damage, not forgery.)
 * Internal.
 */
public final class Cursors {

    private static final int VERSION = 1;

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
        ByteArrayOutputStream keyBytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(keyBytes)) {
            out.writeByte(lastKey.size());
            for (Map.Entry<String, AttributeValue> e : lastKey.entrySet()) {
                out.writeUTF(e.getKey());
                AttributeValue v = e.getValue();
                if (v.s() != null) {
                    out.writeByte('S');
                    writeBytes(out, v.s().getBytes(StandardCharsets.UTF_8));
                } else if (v.n() != null) {
                    out.writeByte('N');
                    writeBytes(out, v.n().getBytes(StandardCharsets.UTF_8));
                } else {
                    out.writeByte('B');
                    writeBytes(out, v.b().asByteArrayUnsafe());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] key = keyBytes.toByteArray();
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
        int size = in.readUnsignedByte();
        for (int i = 0; i < size; i++) {
            String name = in.readUTF();
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

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readUnsignedShort()];
        in.readFully(bytes);
        return bytes;
    }
}
