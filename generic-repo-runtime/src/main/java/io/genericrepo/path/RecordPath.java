package io.genericrepo.path;

/**
 * A path to a nested record (M). The generated metamodel subclasses it with one field per
 * component of the nested record: {@code Order_.shipTo.city}.
 *
 * @param <T> the {@code @Table} record
 */
public abstract class RecordPath<T> extends Path<T> {

    /**
     * @param attributePath where the nested record is
     */
    protected RecordPath(AttributePath attributePath) {
        super(attributePath);
    }
}
