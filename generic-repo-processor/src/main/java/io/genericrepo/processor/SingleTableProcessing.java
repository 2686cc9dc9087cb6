package io.genericrepo.processor;

import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.emit.HierarchyEmitters;
import io.genericrepo.processor.emit.SourceWriter;
import io.genericrepo.processor.model.HierarchyModel;
import io.genericrepo.processor.model.HierarchyModelFactory;
import io.genericrepo.processor.model.ModelFactory;
import io.genericrepo.processor.validate.HierarchyValidator;
import io.genericrepo.processor.validate.SingleTableMessage;
import io.genericrepo.processor.validate.ValidationReport;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The processor's stages for a single-table hierarchy (a sealed {@code @Table} interface):
 * validate, model, emit, each generated type with the interface as its one origin. Also reports
 * {@code @Entity} records that no such interface permits.
 */
final class SingleTableProcessing {

    private final ProcessingEnvironment env;
    private final HierarchyValidator validator;
    private final HierarchyModelFactory models;
    private final HierarchyEmitters emitters = new HierarchyEmitters();
    private final SourceWriter writer;

    SingleTableProcessing(ProcessingEnvironment env, ModelFactory tables, SourceWriter writer) {
        this.env = env;
        this.validator = new HierarchyValidator(env.getElementUtils(), env.getTypeUtils());
        this.models = new HierarchyModelFactory(tables);
        this.writer = writer;
    }

    void process(TypeElement type) {
        ValidationReport report = validator.validate(type);
        report.printTo(env.getMessager());
        if (!report.isClean()) {
            return; // no output for a broken hierarchy
        }
        HierarchyModel hierarchy = models.create(type);
        emitters.emit(hierarchy).forEach(t -> writer.write(hierarchy.type().packageName(), t, type));
    }

    void reportOrphanEntities(RoundEnvironment round) {
        TypeElement entity = env.getElementUtils().getTypeElement(Annotations.ENTITY);
        if (entity == null) {
            return;
        }
        Messager messager = env.getMessager();
        for (Element e : round.getElementsAnnotatedWith(entity)) {
            if (e instanceof TypeElement record && HierarchyValidator.hierarchyOf(record, env.getTypeUtils()).isEmpty()) {
                messager.printMessage(javax.tools.Diagnostic.Kind.ERROR,
                        SingleTableMessage.ENTITY_WITHOUT_TABLE.format(record.getSimpleName(), record.getSimpleName()),
                        record);
            }
        }
    }
}
