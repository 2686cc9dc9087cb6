package io.genericrepo.processor.collect;

/**
 * Finds text a Java string can hold but DynamoDB cannot store: an unpaired UTF-16 surrogate
 * (a {@code char} of 0xD800 to 0xDFFF standing alone), which no UTF-8 encoder writes (the generated source would hold {@code ?}
 * instead, a different name, silently).
 */
public final class Unicode {

    private Unicode() {}

    /**
     * @param text annotation text, such as an attribute name
     * @return the first unpaired surrogate in Java escape form, or null when the text is valid
     */
    public static String unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one code point
            } else if (Character.isSurrogate(c)) {
                return String.format("\\u%04X", (int) c);
            }
        }
        return null;
    }
}
