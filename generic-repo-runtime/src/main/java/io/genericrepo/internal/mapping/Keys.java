package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import io.genericrepo.TableMetadata;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds and checks key attributes before any request is made: a key component may not be null
 * and, for strings and binary, not empty, since DynamoDB rejects both. Internal.
 */
public final class Keys {

    private Keys() {}

    /**
     * @param table the table
     * @param converter the partition key's converter
     * @param partitionKey its value
     * @param <P> its type
     * @return the key attributes
     */
    public static <P> Map<String, AttributeValue> of(TableMetadata table, AttributeConverter<P> converter, P partitionKey) {
        String name = table.partitionKey().name();
        return Map.of(name, convert(table.recordName(), name, converter, partitionKey));
    }

    /**
     * @param table the table
     * @param pkConverter the partition key's converter
     * @param partitionKey its value
     * @param skConverter the sort key's converter
     * @param sortKey its value
     * @param <P> the partition key's type
     * @param <S> the sort key's type
     * @return the key attributes, partition key first
     */
    public static <P, S> Map<String, AttributeValue> of(TableMetadata table, AttributeConverter<P> pkConverter,
            P partitionKey, AttributeConverter<S> skConverter, S sortKey) {
        String pk = table.partitionKey().name();
        String sk = table.sortKey().name();
        AttributeValue pkValue = convert(table.recordName(), pk, pkConverter, partitionKey);
        AttributeValue skValue = convert(table.recordName(), sk, skConverter, sortKey);
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        key.put(pk, pkValue);
        key.put(sk, skValue);
        return key;
    }

    /**
     * Converts one key component, refusing null and empty values.
     *
     * @param recordName the record, for the message
     * @param name the key attribute
     * @param converter its converter
     * @param value its value
     * @param <V> its type
     * @return the attribute value
     * @throws IllegalArgumentException naming the key attribute
     */
    public static <V> AttributeValue convert(String recordName, String name, AttributeConverter<V> converter, V value) {
        return ItemWriter.key(recordName, name, converter, value);
    }

    /**
     * @param table the table
     * @param item an item
     * @return its key attributes, partition key first
     */
    public static Map<String, AttributeValue> keyOf(TableMetadata table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        key.put(table.partitionKey().name(), item.get(table.partitionKey().name()));
        if (table.sortKey() != null) {
            key.put(table.sortKey().name(), item.get(table.sortKey().name()));
        }
        return key;
    }

    /**
     * Key attributes as a map key that matches however a number in them is written: DynamoDB
     * returns {@code 1.0} as {@code 1}, so keys sent and keys returned (found items, unprocessed
     * writes) are matched in this form.
     *
     * @param key key attributes
     * @return the same attributes, numbers in {@linkplain Converters#normal(String) normal form}
     */
    public static Map<String, AttributeValue> canonical(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> out = new HashMap<>(4);
        key.forEach((name, value) -> out.put(name, value != null && value.n() != null
                ? AttributeValue.fromN(Converters.normal(value.n())) : value));
        return out;
    }

    /**
     * @param table the table
     * @param item an item or key
     * @return the key for messages: {@code customerId=c-1, orderId=o-9}
     */
    public static String describe(TableMetadata table, Map<String, AttributeValue> item) {
        return AttributeValues.describeKey(item, table.partitionKey().name(),
                table.sortKey() == null ? null : table.sortKey().name());
    }
}
