package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the attributes of one item (or one nested record) in generated {@code toItem} code.
 * Null components and empty sets are left out. A value that cannot be stored fails with an
 * {@link IllegalArgumentException} naming the record and the attribute's path. Internal.
 */
public final class ItemWriter {

    private final Map<String, AttributeValue> attributes;
    private final String recordName;

    private ItemWriter(String recordName, int size) {
        this.attributes = new LinkedHashMap<>(CollectionConverters.capacity(size));
        this.recordName = recordName;
    }

    /**
     * @param recordName the {@code @Table} record's simple name, for messages
     * @param size the number of components
     * @return a writer for a whole item
     */
    public static ItemWriter root(String recordName, int size) {
        return new ItemWriter(recordName, size);
    }

    /**
     * @param size the number of components
     * @return a writer for a record nested in an item
     */
    public static ItemWriter nested(int size) {
        return new ItemWriter(null, size);
    }

    /**
     * Adds an attribute unless the value is null or converts to nothing (an empty set).
     *
     * @param name attribute name
     * @param converter its converter
     * @param value the component's value
     * @param <V> its type
     * @return this writer
     */
    public <V> ItemWriter put(String name, AttributeConverter<V> converter, V value) {
        if (value != null) {
            AttributeValue written = write(name, converter, value);
            if (written != null) {
                attributes.put(name, written);
            }
        }
        return this;
    }

    /**
     * Adds an {@code Optional} component: empty is stored as no attribute.
     *
     * @param name attribute name
     * @param converter the converter of the optional's content
     * @param value the component's value
     * @param <V> the content type
     * @return this writer
     */
    public <V> ItemWriter putOptional(String name, AttributeConverter<V> converter, Optional<V> value) {
        return put(name, converter, value == null ? null : value.orElse(null));
    }

    /**
     * Adds a key attribute, which must be present and, for strings and binary, not empty.
     *
     * @param name attribute name
     * @param converter its converter
     * @param value the component's value
     * @param <V> its type
     * @return this writer
     */
    public <V> ItemWriter putKey(String name, AttributeConverter<V> converter, V value) {
        attributes.put(name, key(recordName, name, converter, value));
        return this;
    }

    /**
     * {@link Keys#convert}, here so that writing an item does not load {@link Keys}.
     *
     * @param recordName the record, for the message
     * @param name the key attribute
     * @param converter its converter
     * @param value its value
     * @param <V> its type
     * @return the attribute value
     * @throws IllegalArgumentException naming the key attribute
     */
    static <V> AttributeValue key(String recordName, String name, AttributeConverter<V> converter, V value) {
        if (value == null) {
            throw new IllegalArgumentException("Key attribute " + name + " of " + recordName + " must not be null");
        }
        AttributeValue converted = converter.write(value);
        boolean empty = (converted.s() != null && converted.s().isEmpty())
                || (converted.b() != null && converted.b().asByteArrayUnsafe().length == 0);
        if (empty) {
            throw new IllegalArgumentException("Key attribute " + name + " of " + recordName
                    + " must not be empty: DynamoDB does not store empty key values");
        }
        return converted;
    }

    /** @return the attributes, in the order they were added */
    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    private <V> AttributeValue write(String name, AttributeConverter<V> converter, V value) {
        try {
            return converter.write(value);
        } catch (RuntimeException e) {
            throw MappingFailures.write(e, name, recordName); // built apart: see MappingFailures
        }
    }
}
