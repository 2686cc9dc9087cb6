package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.value.Values;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * A request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}, shared by all
 * the expressions of that request, recording which placeholders the expressions used so that
 * {@link #checkAllUsed()} can refuse unused ones as DynamoDB does.
 *
 * <p>CONTRACT (owned by the expression package): the parser resolves {@code #name} and
 * {@code :value} through this object and throws DynamoDB's ValidationException for an undefined
 * one, naming it and the expression.
 *
 * <p>The constructor checks the maps as DynamoDB does: keys of the form {@code #[0-9A-Za-z_]+} and
 * {@code :[0-9A-Za-z_]+}, and values valid attribute values (which it normalises).
 */
public final class Placeholders {

    private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();
    private final Set<String> unusedNames;
    private final Set<String> unusedValues;

    /**
     * @param names the request's ExpressionAttributeNames (null or empty when absent)
     * @param values the request's ExpressionAttributeValues (null or empty when absent)
     * @throws DynamoDbException a ValidationException for a malformed key or an invalid value
     */
    public Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
        for (String key : this.names.keySet()) {
            if (!NAME_KEY.matcher(key).matches()) {
                throw Errors.validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
        if (values != null) {
            for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
                if (!VALUE_KEY.matcher(e.getKey()).matches()) {
                    throw Errors.validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + e.getKey() + "\"");
                }
            }
            for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
                this.values.put(e.getKey(), normalise(e.getKey(), e.getValue()));
            }
        }
        this.unusedNames = new LinkedHashSet<>(this.names.keySet());
        this.unusedValues = new LinkedHashSet<>(this.values.keySet());
    }

    /** Placeholders for a request without ExpressionAttributeNames and ExpressionAttributeValues. */
    public static Placeholders none() {
        return new Placeholders(null, null);
    }

    /**
     * Throws DynamoDB's ValidationException when a name or value was given but used by no expression
     * ("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v1}").
     */
    public void checkAllUsed() {
        if (!unusedNames.isEmpty()) {
            throw Errors.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        if (!unusedValues.isEmpty()) {
            throw Errors.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }

    /** @return the attribute name {@code #placeholder} stands for, marking it used; null when undefined */
    String name(String placeholder) {
        String name = names.get(placeholder);
        if (name != null) {
            unusedNames.remove(placeholder);
        }
        return name;
    }

    /** @return the (normalised) value {@code :placeholder} stands for, marking it used; null when undefined */
    AttributeValue value(String placeholder) {
        AttributeValue value = values.get(placeholder);
        if (value != null) {
            unusedValues.remove(placeholder);
        }
        return value;
    }

    private static AttributeValue normalise(String key, AttributeValue value) {
        try {
            return Values.normalise(value);
        } catch (DynamoDbException e) {
            throw Errors.validation("ExpressionAttributeValues contains invalid value: "
                    + e.awsErrorDetails().errorMessage() + " for key " + key);
        }
    }
}
