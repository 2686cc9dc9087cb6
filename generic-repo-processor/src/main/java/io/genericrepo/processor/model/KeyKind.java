package io.genericrepo.processor.model;

/**
 * How a component is written into a composed key: one per built-in runtime {@code KeyParts}
 * constant (an enum uses {@code KeyParts.enumOf(X.class)}). {@link #alphabet()} and
 * {@link #width()} describe the texts, for the compile-time separator and overlap checks.
 */
public enum KeyKind {
    STRING("STRING", -1, ""),
    INTEGER("INTEGER", 11, "-0123456789"),
    LONG("LONG", 20, "-0123456789"),
    INSTANT("INSTANT", 30, "-.0123456789:TZ"),
    LOCAL_DATE("LOCAL_DATE", 10, "-0123456789"),
    UUID("UUID", 36, "-0123456789abcdef"),
    BOOLEAN("BOOLEAN", -1, "aeflrstu"),
    ENUM(null, -1, "");

    private final String partConstant;
    private final int width;
    private final String alphabet;

    KeyKind(String partConstant, int width, String alphabet) {
        this.partConstant = partConstant;
        this.width = width;
        this.alphabet = alphabet;
    }

    /** @return the {@code KeyParts} field, or null for {@link #ENUM} ({@code KeyParts.enumOf}) */
    public String partConstant() {
        return partConstant;
    }

    /** @return the width of every text, or -1 when texts differ in length */
    public int width() {
        return width;
    }

    /** @return the characters a text can contain, or empty when any (strings) or per constant (enums) */
    public String alphabet() {
        return alphabet;
    }
}
