package io.genericrepo.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One byte sequence per DynamoDB value, whatever the SDK's version or the map's order: a type tag
 * ({@code S N B O U L M} and {@code s n b} for sets), then the value, length-prefixed. Numbers are
 * written in normal form (no trailing zeros, plain notation), so {@code 1.50} and {@code 1.5} are
 * one value, as they are to DynamoDB; set elements and map entries are sorted, since their order
 * means nothing. Cursors and their query fingerprints are made of this, never of
 * {@code AttributeValue.toString()}, which an SDK upgrade may change. Internal.
 */
final class CanonicalValues {

    private CanonicalValues() {}

    /**
     * @param values named values (a key, or an expression's values), in any order
     * @return their canonical bytes
     */
    static byte[] encode(Map<String, AttributeValue> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeMap(out, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param number a DynamoDB number
     * @return it in normal form: {@code 1.50} and {@code 15E-1} both give {@code 1.5}
     */
    static String normalNumber(String number) {
        BigDecimal n = new BigDecimal(number);
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    static void writeMap(DataOutputStream out, Map<String, AttributeValue> values) throws IOException {
        Map<String, AttributeValue> sorted = new TreeMap<>(values);
        out.writeInt(sorted.size());
        for (Map.Entry<String, AttributeValue> e : sorted.entrySet()) {
            writeString(out, e.getKey());
            write(out, e.getValue());
        }
    }

    private static void write(DataOutputStream out, AttributeValue v) throws IOException {
        if (v.s() != null) {
            out.writeByte('S');
            writeString(out, v.s());
        } else if (v.n() != null) {
            out.writeByte('N');
            writeString(out, normalNumber(v.n()));
        } else if (v.b() != null) {
            out.writeByte('B');
            writeBytes(out, v.b().asByteArrayUnsafe());
        } else if (v.bool() != null) {
            out.writeByte('O');
            out.writeBoolean(v.bool());
        } else if (Boolean.TRUE.equals(v.nul())) {
            out.writeByte('U');
        } else if (v.hasSs()) {
            out.writeByte('s');
            writeSorted(out, v.ss().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        } else if (v.hasNs()) {
            out.writeByte('n');
            writeSorted(out, v.ns().stream().map(n -> normalNumber(n).getBytes(StandardCharsets.UTF_8)).toList());
        } else if (v.hasBs()) {
            out.writeByte('b');
            writeSorted(out, v.bs().stream().map(SdkBytes::asByteArray).toList());
        } else if (v.hasL()) {
            out.writeByte('L');
            out.writeInt(v.l().size());
            for (AttributeValue element : v.l()) {
                write(out, element);
            }
        } else if (v.hasM()) {
            out.writeByte('M');
            writeMap(out, v.m());
        } else {
            throw new IllegalArgumentException("a DynamoDB value of no known type: " + v.type());
        }
    }

    private static void writeSorted(DataOutputStream out, List<byte[]> elements) throws IOException {
        List<byte[]> sorted = new ArrayList<>(elements);
        sorted.sort(Arrays::compareUnsigned);
        out.writeInt(sorted.size());
        for (byte[] e : sorted) {
            writeBytes(out, e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
