package io.genericrepo.internal.keys;

/**
 * How one component of a composed key is written into the key's text and read back from it.
 * The built-ins ({@link KeyParts}) write sortable text where the type allows, so that the text
 * order of keys (DynamoDB compares string keys by their UTF-8 bytes) is the order of the values.
 *
 * <p>Contract: {@code read(write(v))} equals {@code v}; {@code write} never returns null or an
 * empty string for a non-null value; a part with {@link #width()} {@code >= 0} always writes
 * exactly that many characters, each one of {@link #alphabet()}.
 *
 * @param <V> the component's Java type
 */
public interface KeyPart<V> {

    /**
     * @param value the component's value, never null (the template reports null with its names)
     * @return its text in the key
     * @throws IllegalArgumentException if the value has no key text (such as a year past 9999),
     *     saying what is allowed
     */
    String write(V value);

    /**
     * @param text the component's text, as split from a stored key
     * @return the value
     * @throws IllegalArgumentException if the text is not one this part writes, saying what was expected
     */
    V read(String text);

    /** @return what the part holds, for messages, such as {@code "an int"} */
    String describe();

    /** @return the number of characters every text has, or -1 when texts differ in length */
    default int width() {
        return -1;
    }

    /**
     * @return the characters a text of a fixed-width part can contain, in ascending order; empty
     *     when not known (variable-width parts)
     */
    default String alphabet() {
        return "";
    }

    /**
     * @return true when the text order of two values (by UTF-8 bytes, as DynamoDB compares) is the
     *     order of the values, so that range conditions on the key mean ranges of values
     */
    default boolean ordered() {
        return true;
    }
}
