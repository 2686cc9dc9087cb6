package io.genericrepo.inmemory.value;

import java.util.Comparator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's value semantics in one place: validation and normalisation of attribute values,
 * ordering of key values, equality, and item size.
 *
 * <p>CONTRACT (owned by the value package).
 */
public final class Values {

    private Values() {}

    /**
     * Key order: S by UTF-8 bytes, N numerically, B as unsigned bytes. Only for values of one type.
     */
    public static final Comparator<AttributeValue> KEY_ORDER = (a, b) -> {
        throw new UnsupportedOperationException("TODO engine-expr");
    };

    /**
     * Validates an item sent by a client and returns it normalised (numbers in DynamoDB's form):
     * exactly one type per value, numbers within DynamoDB's range and precision, no empty or
     * duplicate sets. Throws ValidationException in DynamoDB's words otherwise.
     */
    public static Map<String, AttributeValue> normaliseItem(Map<String, AttributeValue> item) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** The same for one value (a key value, an expression attribute value). */
    public static AttributeValue normalise(AttributeValue value) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** DynamoDB's equality: numbers numerically, sets regardless of order, lists and maps deeply. */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** The item's size by DynamoDB's rules (names' UTF-8 length plus each value's size). */
    public static long itemSize(Map<String, AttributeValue> item) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** The size of one value by DynamoDB's rules (for key length limits). */
    public static long size(AttributeValue value) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }
}
