package io.genericrepo.processor.emit;

import com.palantir.javapoet.TypeSpec;
import io.genericrepo.processor.model.CollectionModel;
import io.genericrepo.processor.model.EntityModel;
import io.genericrepo.processor.model.HierarchyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Every type generated for a single-table hierarchy, in the order they are written: per entity
 * its schema, key record, metamodel and typed views; then the hierarchy's schema, metamodel and
 * repositories, and one record per item collection. A pure function of the model.
 */
public final class HierarchyEmitters {

    private final EntitySchemaEmitter entitySchema = new EntitySchemaEmitter();
    private final EntityKeyEmitter entityKey = new EntityKeyEmitter();
    private final HierarchyMetamodelEmitter metamodel = new HierarchyMetamodelEmitter();
    private final EntityViewEmitter view = new EntityViewEmitter(false);
    private final EntityViewEmitter asyncView = new EntityViewEmitter(true);
    private final HierarchySchemaEmitter schema = new HierarchySchemaEmitter();
    private final HierarchyRepositoryEmitter repository = new HierarchyRepositoryEmitter(false);
    private final HierarchyRepositoryEmitter asyncRepository = new HierarchyRepositoryEmitter(true);
    private final CollectionEmitter collections = new CollectionEmitter();

    /**
     * @param hierarchy the model
     * @return the generated types
     */
    public List<TypeSpec> emit(HierarchyModel hierarchy) {
        List<TypeSpec> out = new ArrayList<>();
        for (EntityModel entity : hierarchy.entities()) {
            out.add(entitySchema.emit(hierarchy, entity));
            entityKey.emit(entity).ifPresent(out::add);
            out.add(metamodel.emitEntity(hierarchy, entity));
            out.add(view.emit(entity, hierarchy.repositoryClass()));
            out.add(asyncView.emit(entity, hierarchy.asyncRepositoryClass()));
        }
        out.add(schema.emit(hierarchy));
        out.add(metamodel.emit(hierarchy));
        out.add(repository.emit(hierarchy));
        out.add(asyncRepository.emit(hierarchy));
        for (CollectionModel collection : hierarchy.collections()) {
            out.add(collections.emit(hierarchy, collection));
        }
        return out;
    }
}
