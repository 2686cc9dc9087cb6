package io.genericrepo.internal.entity;

import java.util.List;

/**
 * Implemented by the generated schema of an entity that appears in shared indexes: the templates
 * of its index key attributes, so that an update changing a component they name can rebuild
 * those keys ({@link IndexKeyUpdates}). Internal.
 */
public interface TemplatedIndexes {

    /** @return one per index key attribute, sorted by index, the partition key's first */
    List<IndexKeyTemplate> indexKeyTemplates();
}
