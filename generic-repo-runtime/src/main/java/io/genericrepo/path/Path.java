package io.genericrepo.path;

import java.util.Objects;

/**
 * A typed path to an attribute of the record {@code T}, as found on the generated metamodel
 * {@code X_}: {@code Order_.quantity}, {@code Order_.shipTo.city}. The type parameter keeps
 * conditions built on one record's paths away from another record's repository.
 *
 * @param <T> the {@code @Table} record the path starts from
 */
public abstract class Path<T> {

    private final AttributePath attributePath;

    /**
     * @param attributePath where the attribute is in the item
     */
    protected Path(AttributePath attributePath) {
        this.attributePath = Objects.requireNonNull(attributePath, "attributePath");
    }

    /** @return where the attribute is in the item */
    public AttributePath attributePath() {
        return attributePath;
    }

    /** @return the path, such as {@code shipTo.city} */
    @Override
    public String toString() {
        return attributePath.toString();
    }
}
