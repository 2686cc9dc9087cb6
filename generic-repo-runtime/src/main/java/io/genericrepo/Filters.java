package io.genericrepo;

import io.genericrepo.internal.expression.MapFilterParser;
import java.util.Map;

/**
 * Conditions from names known only at run time, in the dict syntax of the Python generic-repo,
 * checked against the record's schema: for filters that arrive in an HTTP query, say.
 *
 * <pre>{@code
 * Condition<Order> c = Filters.fromMap(Order_.SCHEMA, Map.of(
 *         "status", "PAID",                                   // equality
 *         "total", Map.of("gt", 100, "lte", 500),             // several operators: AND
 *         "tags", Map.of("contains", "gift"),
 *         "shipTo", Map.of("exists", true),
 *         "quantity", Map.of("value", "3", "type", "N", "operator", "ge")));  // type-explicit
 * }</pre>
 *
 * <p>Operators: {@code eq ne lt le lte gt ge gte between in contains begins_with exists
 * not_exists}. {@code between} takes a list of two values, {@code in} a list of 1 to 100 values,
 * {@code exists} and {@code not_exists} a boolean ({@code {"exists": false}} means "does not
 * exist"). Values are converted as the attribute's component type stores them, so
 * {@code "100"} and {@code 100} both mean the number 100 for a number attribute. Names are the
 * stored attribute names of top-level attributes.
 */
public final class Filters {

    private Filters() {}

    /**
     * @param schema the record's schema, {@code X_.SCHEMA}
     * @param filters attribute name to value or to operators
     * @param <T> the record
     * @return all the conditions, ANDed
     * @throws IllegalArgumentException naming an unknown attribute or operator, a value that does
     *     not fit the attribute, {@code between} without two values, or {@code in} with more than
     *     100; nothing is sent
     */
    public static <T> Condition<T> fromMap(TableSchema<T, ?> schema, Map<String, ?> filters) {
        return new MapFilterParser<>(schema).parse(filters);
    }
}
