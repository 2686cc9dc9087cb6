package io.genericrepo.processor.emit;

import com.palantir.javapoet.TypeSpec;
import io.genericrepo.processor.model.TableModel;
import java.util.List;
import java.util.Optional;

/** Turns a table model into one generated type: a pure function of the model. */
public interface Emitter {

    /**
     * @param table the model
     * @return the type, or empty when this table does not need one (a key record for a table
     *     without a sort key)
     */
    Optional<TypeSpec> emit(TableModel table);

    /** @return every emitter, in the order their files are written */
    static List<Emitter> all() {
        return List.of(new SchemaEmitter(), new KeyEmitter(), new MetamodelEmitter(), new RepositoryEmitter(false),
                new RepositoryEmitter(true));
    }
}
