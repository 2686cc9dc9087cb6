package io.genericrepo.processor.validate;

import io.genericrepo.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A test-only processor that runs {@link TemplateValidator} the way an entity annotation would:
 * every record annotated {@code @Keys(pk = "...", sk = "...")} (an annotation the test source
 * declares) has its templates checked against its components, reported on the annotation value,
 * and then all such records of the compilation are checked for overlaps, in source order.
 */
final class TemplateCheckProcessor extends AbstractProcessor {

    /** The models of the templates that passed, for assertions. */
    final List<TemplateModel> models = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        ValidationReport report = new ValidationReport();
        List<TemplateValidator.EntityKeys> entities = new ArrayList<>();
        for (Element element : round.getRootElements()) {
            if (element.getKind() != ElementKind.RECORD) {
                continue;
            }
            TypeElement record = (TypeElement) element;
            for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
                if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Keys")) {
                    check(record, mirror, report).ifPresent(entities::add);
                }
            }
        }
        TemplateValidator.checkOverlaps(entities, report);
        report.printTo(processingEnv.getMessager());
        return false;
    }

    private Optional<TemplateValidator.EntityKeys> check(TypeElement record, AnnotationMirror mirror,
            ValidationReport report) {
        String owner = record.getSimpleName().toString();
        Optional<TemplateModel> pk = Optional.empty();
        Optional<TemplateModel> sk = Optional.empty();
        boolean hasSortKey = false;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            String name = e.getKey().getSimpleName().toString();
            String template = (String) e.getValue().getValue();
            TemplateValidator.Site site = new TemplateValidator.Site(record, mirror, e.getValue());
            if (name.equals("pk")) {
                pk = TemplateValidator.validate(template, "pk", TemplateModel.Role.PARTITION_KEY, record, site, report);
                pk.ifPresent(models::add);
            } else if (name.equals("sk")) {
                hasSortKey = true;
                sk = TemplateValidator.validate(template, "sk", TemplateModel.Role.SORT_KEY, record, site, report);
                sk.ifPresent(models::add);
            }
        }
        if (pk.isEmpty() || (hasSortKey && sk.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new TemplateValidator.EntityKeys(owner, pk.get(), sk.orElse(null),
                new TemplateValidator.Site(record, mirror, null)));
    }
}
