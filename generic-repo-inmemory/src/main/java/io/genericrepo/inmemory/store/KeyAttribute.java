package io.genericrepo.inmemory.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A key attribute of a table or an index: its name and declared scalar type.
 *
 * @param name the attribute name
 * @param type S, N or B
 */
public record KeyAttribute(String name, ScalarAttributeType type) {

    /** @return whether {@code value} has this attribute's declared type */
    public boolean accepts(AttributeValue value) {
        return typeName(value).equals(type.toString());
    }

    /** @return the DynamoDB type name of a value: S, N, B, SS, NS, BS, M, L, BOOL or NULL */
    public static String typeName(AttributeValue value) {
        return switch (value.type()) {
            case NUL -> "NULL";
            case UNKNOWN_TO_SDK_VERSION -> "UNKNOWN";
            default -> value.type().name();
        };
    }
}
