package io.genericrepo.processor;

import com.palantir.javapoet.TypeSpec;
import io.genericrepo.processor.collect.Annotations;
import io.genericrepo.processor.emit.HierarchyEmitters;
import io.genericrepo.processor.emit.SourceWriter;
import io.genericrepo.processor.model.HierarchyModel;
import io.genericrepo.processor.model.HierarchyModelFactory;
import io.genericrepo.processor.model.ModelFactory;
import io.genericrepo.processor.validate.GeneratedTypeClashes;
import io.genericrepo.processor.validate.HierarchyValidator;
import io.genericrepo.processor.validate.SingleTableMessage;
import io.genericrepo.processor.validate.ValidationReport;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
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
    private final GeneratedTypeClashes typeClashes;

    SingleTableProcessing(ProcessingEnvironment env, ModelFactory tables, GeneratedTypeClashes typeClashes,
            SourceWriter writer) {
        this.typeClashes = typeClashes;
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
        String packageName = hierarchy.type().packageName();
        List<TypeSpec> generated = emitters.emit(hierarchy);
        ValidationReport clashes = new ValidationReport();
        typeClashes.checkHierarchy(type, generated.stream()
                .map(t -> packageName.isEmpty() ? t.name() : packageName + "." + t.name()).toList(), clashes);
        clashes.printTo(env.getMessager());
        if (!clashes.isClean()) {
            return; // a generated name is taken: write none of its files
        }
        generated.forEach(t -> writer.write(packageName, t, type));
    }

    /**
     * Reports {@code @SingleTable} and {@code @ItemCollection} anywhere but on a {@code @Table}
     * interface (on a {@code @Table} record, say), where nothing would read them.
     */
    void reportMisplacedLayout(RoundEnvironment round) {
        for (String name : List.of(Annotations.SINGLE_TABLE, Annotations.ITEM_COLLECTION, Annotations.ITEM_COLLECTIONS)) {
            TypeElement annotation = env.getElementUtils().getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getKind() == ElementKind.INTERFACE && Annotations.find(e, Annotations.TABLE).isPresent()) {
                    continue;
                }
                String simple = (name.equals(Annotations.ITEM_COLLECTIONS) ? Annotations.ITEM_COLLECTION : name)
                        .substring(name.lastIndexOf('.') + 1);
                AnnotationMirror mirror = Annotations.find(e, name).orElseThrow();
                env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                        SingleTableMessage.MISPLACED_HIERARCHY_ANNOTATION.format(simple, kind(e), e.getSimpleName()),
                        e, mirror);
            }
        }
    }

    private static String kind(Element e) {
        if (e.getKind() == ElementKind.RECORD) {
            return Annotations.find(e, Annotations.TABLE).isPresent() ? "@Table record" : "record";
        }
        return e.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    void reportOrphanEntities(RoundEnvironment round) {
        TypeElement entity = env.getElementUtils().getTypeElement(Annotations.ENTITY);
        if (entity == null) {
            return;
        }
        Messager messager = env.getMessager();
        for (Element e : round.getElementsAnnotatedWith(entity)) {
            if (!(e instanceof TypeElement record) || HierarchyValidator.hierarchyOf(record, env.getTypeUtils()).isPresent()
                    || implementsUnsealedTable(record)) {
                continue; // in a hierarchy, checked there; or its interface is reported as not sealed
            }
            String message = record.getKind() == ElementKind.RECORD
                    ? SingleTableMessage.ENTITY_WITHOUT_TABLE.format(record.getSimpleName(), fix(record))
                    : SingleTableMessage.ENTITY_NOT_RECORD.format(kind(record), record.getSimpleName());
            messager.printMessage(javax.tools.Diagnostic.Kind.ERROR, message, record);
        }
    }

    private boolean implementsUnsealedTable(TypeElement record) {
        return record.getInterfaces().stream().map(i -> env.getTypeUtils().asElement(i))
                .anyMatch(i -> i != null && Annotations.find(i, Annotations.TABLE).isPresent()
                        && !i.getModifiers().contains(Modifier.SEALED));
    }

    /** The fix: seal the interface it implements, if any, else declare one. */
    private String fix(TypeElement record) {
        String name = record.getSimpleName().toString();
        return record.getInterfaces().stream().map(i -> env.getTypeUtils().asElement(i)).filter(i -> i != null)
                .findFirst()
                .map(i -> "declare its interface as @Table(name = \"...\") sealed interface " + i.getSimpleName()
                        + " permits " + name)
                .orElse("implement one that permits it, such as @Table(name = \"...\") sealed interface Items permits "
                        + name);
    }
}
