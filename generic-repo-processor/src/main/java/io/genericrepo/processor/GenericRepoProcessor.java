package io.genericrepo.processor;

import com.google.auto.service.AutoService;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.collect.RecordCollector;
import io.genericrepo.processor.emit.Emitter;
import io.genericrepo.processor.emit.SourceWriter;
import io.genericrepo.processor.model.ModelFactory;
import io.genericrepo.processor.model.TableModel;
import io.genericrepo.processor.validate.GeneratedTypeClashes;
import io.genericrepo.processor.validate.MisplacedAnnotations;
import io.genericrepo.processor.validate.RecordValidator;
import io.genericrepo.processor.validate.ValidationReport;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Generates a schema, metamodel, key and repository for each {@code @Table} record, in four
 * visible stages: collect → validate → model → emit.
 */
@AutoService(Processor.class)
public final class GenericRepoProcessor extends AbstractProcessor {

    private RecordCollector collector;
    private RecordValidator validator;
    private MisplacedAnnotations misplaced;
    private GeneratedTypeClashes typeClashes;
    private ModelFactory models;
    private SourceWriter writer;
    private List<Emitter> emitters;
    private SingleTableProcessing singleTables;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        collector = new RecordCollector(env.getElementUtils());
        validator = new RecordValidator(env.getElementUtils(), env.getTypeUtils());
        misplaced = new MisplacedAnnotations(env.getElementUtils());
        typeClashes = new GeneratedTypeClashes();
        models = new ModelFactory(env.getElementUtils());
        writer = new SourceWriter(env.getFiler(), env.getMessager());
        emitters = Emitter.all();
        singleTables = new SingleTableProcessing(env, models, typeClashes, writer);
    }

    /**
     * Every generic-repo annotation ({@code @Attribute} and {@code @Converter} on nested records
     * included) and {@code @Generated}, which stands on this processor's own output: all are
     * claimed, so that a build with {@code -Xlint:all -Werror} has no "No processor claimed"
     * warning to fail on. Claiming only keeps javac from offering them to processors that run
     * later; {@code RoundEnvironment.getElementsAnnotatedWith} still finds them for any processor.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.TABLE, Annotations.PARTITION_KEY, Annotations.SORT_KEY, Annotations.TTL,
                Annotations.VERSION, Annotations.INDEX_PARTITION_KEY, Annotations.INDEX_SORT_KEY,
                Annotations.ATTRIBUTE, Annotations.CONVERTER, Annotations.GENERATED, Annotations.ENTITY,
                Annotations.SINGLE_TABLE, Annotations.ITEM_COLLECTION, Annotations.ITEM_COLLECTIONS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        misplaced.check(round, processingEnv.getMessager());
        typeClashes.noteRound(round);
        singleTables.reportOrphanEntities(round);
        singleTables.reportMisplacedLayout(round);
        for (TypeElement record : collector.recordsThisRound(round)) {
            try {
                if (mustDefer(record)) {
                    if (!round.processingOver()) {
                        collector.defer(record); // a type it uses may be generated later in this build
                    }
                    continue; // still missing at the end: javac reports the unknown type itself
                }
                if (record.getKind() == ElementKind.INTERFACE) {
                    singleTables.process(record); // a sealed interface: a single-table hierarchy
                    continue;
                }
                ValidationReport report = validator.validate(record);
                typeClashes.check(record, report);
                report.printTo(processingEnv.getMessager());
                if (!report.isClean()) {
                    continue; // no output for a broken record
                }
                TableModel table = models.create(record);
                emitters.forEach(e -> e.emit(table).ifPresent(type -> writer.write(table.record().packageName(), type, record)));
            } catch (RuntimeException e) {
                processingEnv.getMessager().printMessage(Kind.ERROR,
                        "[Internal] generic-repo failed on this record; please report it: " + e, record);
                throw e;
            }
        }
        return true; // see getSupportedAnnotationTypes
    }

    /**
     * A record that uses a type not generated yet, or a sealed interface one of whose permitted
     * types is such a record or is not generated yet itself.
     */
    private boolean mustDefer(TypeElement type) {
        if (type.getKind() != ElementKind.INTERFACE) {
            return validator.mustDefer(type);
        }
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            if (permitted.getKind() == TypeKind.ERROR) {
                return true;
            }
            if (processingEnv.getTypeUtils().asElement(permitted) instanceof TypeElement entity && validator.mustDefer(entity)) {
                return true;
            }
        }
        return false;
    }
}
