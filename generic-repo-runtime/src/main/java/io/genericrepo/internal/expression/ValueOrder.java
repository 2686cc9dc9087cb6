package io.genericrepo.internal.expression;

import io.genericrepo.internal.mapping.AttributeValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's order of scalar values, for checks made before sending: numbers by value, strings
 * by their UTF-8 bytes (not Java's UTF-16 order: U+1F600 sorts above U+FFFF), binary byte by byte,
 * unsigned. Internal.
 */
public final class ValueOrder {

    private ValueOrder() {}

    /**
     * Refuses a {@code BETWEEN} whose low end is above its high end, which DynamoDB rejects.
     *
     * @param what the operand, for the message, such as {@code quantity} or {@code size(tags)}
     * @param low the low end
     * @param high the high end
     * @throws IllegalArgumentException naming the operand and both ends
     */
    public static void checkRange(String what, AttributeValue low, AttributeValue high) {
        String order;
        int c;
        if (low.n() != null && high.n() != null) {
            order = "numbers compare by value";
            try {
                c = new BigDecimal(low.n().trim()).compareTo(new BigDecimal(high.n().trim()));
            } catch (NumberFormatException e) {
                return; // not a number: DynamoDB will say so
            }
        } else if (low.s() != null && high.s() != null) {
            order = "strings compare by their UTF-8 bytes";
            c = Arrays.compareUnsigned(low.s().getBytes(StandardCharsets.UTF_8), high.s().getBytes(StandardCharsets.UTF_8));
        } else if (low.b() != null && high.b() != null) {
            order = "binary values compare byte by byte, unsigned";
            c = Arrays.compareUnsigned(low.b().asByteArrayUnsafe(), high.b().asByteArrayUnsafe());
        } else {
            return;
        }
        if (c > 0) {
            throw new IllegalArgumentException("between on " + what + ": the low end " + show(low) + " is above the high end "
                    + show(high) + " (" + order + "); DynamoDB refuses such a range");
        }
    }

    private static String show(AttributeValue value) {
        return value.s() != null ? "\"" + value.s() + "\"" : AttributeValues.describeScalar(value);
    }
}
