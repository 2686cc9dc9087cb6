package io.genericrepo.inmemory.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item as stored: the SDK's immutable attribute map, never copied on read, and its size by
 * DynamoDB's rules, computed once on write (for TableSizeBytes, the 1 MB page and the 16 MB batch
 * limits).
 *
 * @param item the attributes (normalised, unmodifiable)
 * @param size the item size in bytes
 */
public record StoredItem(Map<String, AttributeValue> item, long size) {}
