package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.expression.Projection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a read returns of each item: a ProjectionExpression, the legacy AttributesToGet (top-level
 * names), or the whole item (then nothing is copied).
 */
final class Projector {

    static final Projector ALL = new Projector(null, null);

    private final Projection projection;
    private final Set<String> names;

    private Projector(Projection projection, Set<String> names) {
        this.projection = projection;
        this.names = names;
    }

    static Projector of(String expression, List<String> attributesToGet, boolean hasAttributesToGet, Placeholders p) {
        if (expression != null && hasAttributesToGet) {
            throw Errors.validation("Can not use both expression and non-expression parameters in the same request:"
                    + " Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        }
        if (expression != null) {
            return new Projector(Expressions.projection(expression, p), null);
        }
        if (hasAttributesToGet) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : attributesToGet) {
                if (!names.add(n)) {
                    throw Errors.invalidParameter("Duplicate value in attribute name: " + n);
                }
            }
            return new Projector(null, names);
        }
        return ALL;
    }

    boolean isAll() {
        return this == ALL;
    }

    /** @return the top-level attributes read, or null for the whole item */
    Set<String> topLevelAttributes() {
        return projection != null ? projection.topLevelAttributes() : names == null ? null : new HashSet<>(names);
    }

    Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        if (projection != null) {
            return projection.apply(item);
        }
        if (names != null) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (String n : names) {
                AttributeValue v = item.get(n);
                if (v != null) {
                    out.put(n, v);
                }
            }
            return out;
        }
        return item;
    }
}
