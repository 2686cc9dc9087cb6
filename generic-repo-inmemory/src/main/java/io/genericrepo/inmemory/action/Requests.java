package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.ItemAttributes;
import io.genericrepo.inmemory.store.KeyAttribute;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import io.genericrepo.inmemory.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Validations that several actions share, each as DynamoDB performs it: names, legacy parameters,
 * keys, items and the ExpressionAttributeNames/Values that go with expressions. Each method
 * returns what it validated in normalised form or throws the error DynamoDB answers with.
 */
final class Requests {

    static final long MAX_ITEM_SIZE = 400 * 1024;
    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private Requests() {}

    /** A table or index name: 3-255 characters of [a-zA-Z0-9_.-]. */
    static String name(String name, String field) {
        if (name == null) {
            throw Errors.constraint(null, field, "must not be null");
        }
        if (name.length() < 3) {
            throw Errors.constraint(name, field, "must have length greater than or equal to 3");
        }
        if (name.length() > 255) {
            throw Errors.constraint(name, field, "must have length less than or equal to 255");
        }
        if (!validNameCharacters(name)) {
            throw Errors.constraint(name, field, "must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return name;
    }

    // [a-zA-Z0-9_.-]+ without a regex on every request
    private static boolean validNameCharacters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a parameter of the legacy (pre-expression) API. */
    static void noLegacy(String operation, String parameter, boolean present) {
        if (present) {
            throw Errors.legacyParameter(operation, parameter);
        }
    }

    /** Checks and normalises a key: exactly the table's key attributes, with their types. */
    static Map<String, AttributeValue> key(Table table, Map<String, AttributeValue> key, boolean given) {
        if (!given) {
            throw Errors.constraint(null, "key", "must not be null");
        }
        if (key.size() != table.keyNames().size()) {
            throw Errors.keyMismatch();
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>(4);
        out.put(table.hash().name(), keyPart(key, table.hash(), true, false));
        if (table.range() != null) {
            out.put(table.range().name(), keyPart(key, table.range(), false, false));
        }
        return out;
    }

    private static AttributeValue keyPart(Map<String, AttributeValue> key, KeyAttribute attribute, boolean isHash,
            boolean inItem) {
        AttributeValue value = key.get(attribute.name());
        if (value == null) {
            throw inItem ? Errors.invalidParameter("Missing the key " + attribute.name() + " in the item")
                    : Errors.keyMismatch();
        }
        if (!attribute.accepts(value)) {
            throw inItem ? Errors.invalidParameter("Type mismatch for key " + attribute.name() + " expected: "
                    + attribute.type() + " actual: " + KeyAttribute.typeName(value)) : Errors.keyMismatch();
        }
        AttributeValue normal = Values.normalise(value);
        checkNotEmpty(normal, attribute.name(), inItem);
        long size = Values.size(normal);
        if (isHash && size > MAX_PARTITION_KEY_BYTES) {
            throw Errors.invalidParameter("Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (!isHash && size > MAX_SORT_KEY_BYTES) {
            throw Errors.invalidParameter("Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        }
        return normal;
    }

    private static void checkNotEmpty(AttributeValue value, String name, boolean inItem) {
        String kind = value.s() != null && value.s().isEmpty() ? "string"
                : value.b() != null && value.b().asByteArrayUnsafe().length == 0 ? "binary" : null;
        if (kind != null) {
            String detail = "The AttributeValue for a key attribute cannot contain an empty " + kind + " value. Key: " + name;
            throw inItem ? Errors.validation("One or more parameter values are not valid. " + detail)
                    : Errors.invalidParameter(detail);
        }
    }

    /**
     * Checks and normalises an item to be stored: attribute values, size, the table's key attributes
     * and the declared types of index key attributes.
     */
    static StoredItem item(Table table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> normal = ItemAttributes.of(Values.normaliseItem(item));
        long size = Values.itemSize(normal);
        if (size > MAX_ITEM_SIZE) {
            throw Errors.itemTooLarge();
        }
        keyPart(normal, table.hash(), true, true);
        if (table.range() != null) {
            keyPart(normal, table.range(), false, true);
        }
        for (IndexData index : table.indexes()) {
            indexKey(normal, index, index.schema().hash());
            if (index.schema().range() != null) {
                indexKey(normal, index, index.schema().range());
            }
        }
        return new StoredItem(normal, size);
    }

    private static void indexKey(Map<String, AttributeValue> item, IndexData index, KeyAttribute attribute) {
        AttributeValue value = item.get(attribute.name());
        if (value == null) {
            return;
        }
        if (!attribute.accepts(value)) {
            throw Errors.invalidParameter("Type mismatch for Index Key " + attribute.name() + " Expected: "
                    + attribute.type() + " Actual: " + KeyAttribute.typeName(value) + " IndexName: " + index.schema().name());
        }
        boolean empty = (value.s() != null && value.s().isEmpty())
                || (value.b() != null && value.b().asByteArrayUnsafe().length == 0);
        if (empty) {
            throw Errors.validation("One or more parameter values are not valid. A value specified for a secondary index key"
                    + " is not supported. The AttributeValue for a key attribute cannot contain an empty "
                    + (value.s() != null ? "string" : "binary") + " value. IndexName: " + index.schema().name()
                    + ", IndexKey: " + attribute.name());
        }
    }

    /**
     * The request's placeholders, checked against the expressions present as DynamoDB checks them;
     * null when the request has no expression.
     *
     * @param expressions the names of the request's expression parameters, ProjectionExpression (which
     *     uses no values) first when the action has it
     * @param texts the expressions' texts, in the same order, null where absent
     */
    static Placeholders placeholders(Map<String, String> names, boolean hasNames, Map<String, AttributeValue> values,
            boolean hasValues, List<String> expressions, String... texts) {
        boolean any = false;
        boolean anyValued = false;
        List<String> valued = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            boolean projection = expressions.get(i).equals("ProjectionExpression");
            any |= texts[i] != null;
            if (!projection) {
                valued.add(expressions.get(i));
                anyValued |= texts[i] != null;
            }
        }
        if (hasNames && !any) {
            throw Errors.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (hasValues && !anyValued) {
            throw Errors.validation("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valued) + (valued.size() > 1 ? " are null" : " is null"));
        }
        if (hasNames && names.isEmpty()) {
            throw Errors.validation("ExpressionAttributeNames must not be empty");
        }
        if (hasValues && values.isEmpty()) {
            throw Errors.validation("ExpressionAttributeValues must not be empty");
        }
        // no expression, no placeholders: nothing to resolve or to check
        return any ? new Placeholders(hasNames ? names : null, hasValues ? values : null) : null;
    }

    /** Refuses placeholders no expression used (nothing to check when there were no expressions). */
    static void checkAllUsed(Placeholders p) {
        if (p != null) {
            p.checkAllUsed();
        }
    }

    /** @return the key attributes of an item, table key first, then the index's */
    static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> names) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(names.size() * 2);
        for (String name : names) {
            AttributeValue v = item.get(name);
            if (v != null) {
                key.put(name, v);
            }
        }
        return key;
    }
}
