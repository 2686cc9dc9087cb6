package io.genericrepo.inmemory.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed ProjectionExpression: {@code a, b.c, l[1]} keeps the nesting of what it picks
 * ({@code {a: .., b: {c: ..}, l: [..]}}), list elements in list order, and leaves out paths
 * without a value.
 */
public interface Projection {

    /** @return the projected parts of the item (nested paths and list elements kept in their place) */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** @return the top-level attribute names the projection reads */
    Set<String> topLevelAttributes();
}
