package io.genericrepo.path;

import io.genericrepo.Condition;
import io.genericrepo.internal.mapping.Converters;

/**
 * A path to a {@code String} (S): comparisons, prefixes, substrings and length.
 *
 * <pre>{@code Order_.orderId.beginsWith("2026-"); Order_.shipTo.city.contains("os")}</pre>
 *
 * @param <T> the {@code @Table} record
 */
public final class StringPath<T> extends ComparablePath<T, String> {

    /**
     * @param attributePath where the attribute is
     */
    public StringPath(AttributePath attributePath) {
        super(attributePath, Converters.STRING);
    }

    /**
     * @param prefix the prefix
     * @return {@code begins_with(path, prefix)}
     */
    public Condition<T> beginsWith(String prefix) {
        return new Condition.BeginsWith<>(attributePath(), value(converter(), prefix, "beginsWith"));
    }

    /**
     * @param substring the substring
     * @return {@code contains(path, substring)}
     */
    public Condition<T> contains(String substring) {
        return new Condition.Contains<>(attributePath(), value(converter(), substring, "contains"));
    }

    /** @return {@code size(path)}, the length, as DynamoDB counts it */
    public SizeOf<T> size() {
        return new SizeOf<>(attributePath());
    }
}
