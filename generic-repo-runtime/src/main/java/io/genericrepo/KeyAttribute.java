package io.genericrepo;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One key attribute of a table or index: the attribute name and its DynamoDB scalar type.
 *
 * @param name the attribute name as stored
 * @param component the record component it comes from
 * @param type S, N or B
 */
public record KeyAttribute(String name, String component, ScalarAttributeType type) {

    /** Checks that every part is present. */
    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(type, "type");
    }
}
