package io.genericrepo.internal.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Text arithmetic for range conditions on composed keys, in DynamoDB's order of strings (by UTF-8
 * bytes, which is the order of code points). Internal.
 */
public final class KeyTexts {

    private KeyTexts() {}

    /**
     * The least string above every string that starts with {@code prefix}: its last code point
     * plus one (dropping trailing U+10FFFF, skipping the surrogate range).
     *
     * @param prefix a prefix
     * @return the bound, or empty when there is none (an empty prefix, or only U+10FFFF)
     */
    public static Optional<String> after(String prefix) {
        String p = prefix;
        while (!p.isEmpty()) {
            int last = p.codePointBefore(p.length());
            String head = p.substring(0, p.length() - Character.charCount(last));
            if (last < Character.MAX_CODE_POINT) {
                int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
                return Optional.of(head + Character.toString(next));
            }
            p = head;
        }
        return Optional.empty();
    }

    /**
     * The greatest string of the same length as {@code text}, made of {@code alphabet}'s characters,
     * that is below {@code text}.
     *
     * @param text a text of a fixed-width part
     * @param alphabet that part's characters, ascending
     * @return the text just below, or empty when {@code text} is the least such string
     */
    public static Optional<String> below(String text, String alphabet) {
        char[] chars = text.toCharArray();
        for (int j = chars.length - 1; j >= 0; j--) {
            int at = alphabet.indexOf(chars[j]);
            if (at > 0) {
                chars[j] = alphabet.charAt(at - 1);
                Arrays.fill(chars, j + 1, chars.length, alphabet.charAt(alphabet.length() - 1));
                return Optional.of(new String(chars));
            }
            if (at < 0) {
                throw new IllegalArgumentException("'" + chars[j] + "' is not in the alphabet " + alphabet);
            }
        }
        return Optional.empty();
    }

    /**
     * The greatest string of at most {@code maxBytes} UTF-8 bytes that is below {@code text}: its
     * last code point lowered by one, then the greatest code points that fit (or, for a last code
     * point U+0000, the text without it).
     *
     * @param text a non-empty text
     * @param maxBytes the longest a string may be, in UTF-8 bytes
     * @return the string just below, possibly empty
     */
    public static String greatestBelow(String text, int maxBytes) {
        int last = text.codePointBefore(text.length());
        String head = text.substring(0, text.length() - Character.charCount(last));
        if (last == 0) {
            return head;
        }
        int lower = last - 1 == Character.MAX_SURROGATE ? Character.MIN_SURROGATE - 1 : last - 1;
        StringBuilder b = new StringBuilder(head).appendCodePoint(lower);
        int room = maxBytes - bytes(b.toString());
        for (; room >= 4; room -= 4) {
            b.appendCodePoint(Character.MAX_CODE_POINT);
        }
        if (room > 0) { // the greatest code point of 1, 2 or 3 bytes
            b.appendCodePoint(room == 3 ? 0xFFFF : room == 2 ? 0x7FF : 0x7F);
        }
        return b.toString();
    }

    /**
     * @param a a string
     * @param b another
     * @return their order as DynamoDB compares them: by UTF-8 bytes
     */
    public static int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param text a text
     * @return its length in UTF-8 bytes
     */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
