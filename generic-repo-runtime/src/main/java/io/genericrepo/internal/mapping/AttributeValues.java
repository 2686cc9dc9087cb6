package io.genericrepo.internal.mapping;

import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers over {@link AttributeValue} for messages and logs. Internal. */
public final class AttributeValues {

    private AttributeValues() {}

    /**
     * @param value a stored value
     * @return its DynamoDB type, such as {@code N} or {@code SS}
     */
    public static String describeType(AttributeValue value) {
        AttributeValue.Type type = value.type();
        return type == null || type == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION ? "an unknown type" : type.name();
    }

    /**
     * Renders a scalar key value for a message: strings and numbers as they are, binary as base64.
     *
     * @param value a key value
     * @return the text
     */
    public static String describeScalar(AttributeValue value) {
        if (value == null) {
            return "(missing)";
        }
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return value.n();
        }
        if (value.b() != null) {
            return Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
        }
        return value.toString();
    }

    /**
     * Renders key attributes in the given order: {@code customerId=c-1, orderId=o-9}.
     *
     * @param item an item or a key
     * @param names the key attribute names, partition key first
     * @return the text
     */
    public static String describeKey(Map<String, AttributeValue> item, String... names) {
        StringJoiner joiner = new StringJoiner(", ");
        for (String name : names) {
            if (name != null) {
                joiner.add(name + "=" + describeScalar(item.get(name)));
            }
        }
        return joiner.toString();
    }
}
