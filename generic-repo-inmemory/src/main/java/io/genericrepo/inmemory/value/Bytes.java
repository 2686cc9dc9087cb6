package io.genericrepo.inmemory.value;

import java.util.Arrays;
import software.amazon.awssdk.core.SdkBytes;

/**
 * DynamoDB's byte-wise orders: strings by their UTF-8 bytes (which is code point order, not Java's
 * UTF-16 {@code compareTo}: a surrogate pair sorts after U+FFFF) and binary as unsigned bytes.
 */
public final class Bytes {

    private Bytes() {}

    /** Compares two strings as DynamoDB does, by their UTF-8 encodings. */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Compares two binary values as unsigned bytes. */
    public static int compareUnsigned(SdkBytes a, SdkBytes b) {
        return Arrays.compareUnsigned(a.asByteArrayUnsafe(), b.asByteArrayUnsafe());
    }

    /** @return the length of a string's UTF-8 encoding */
    public static int utf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** @return whether {@code value} starts with {@code prefix}, byte for byte */
    public static boolean startsWith(SdkBytes value, SdkBytes prefix) {
        byte[] v = value.asByteArrayUnsafe();
        byte[] p = prefix.asByteArrayUnsafe();
        return v.length >= p.length && Arrays.equals(v, 0, p.length, p, 0, p.length);
    }

    /** @return whether {@code value} contains {@code part} as a contiguous run of bytes */
    public static boolean contains(SdkBytes value, SdkBytes part) {
        byte[] v = value.asByteArrayUnsafe();
        byte[] p = part.asByteArrayUnsafe();
        for (int i = 0; i + p.length <= v.length; i++) {
            if (Arrays.equals(v, i, i + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }
}
