package io.genericrepo.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.genericrepo.processor.model.AttributeModel;
import io.genericrepo.processor.model.EntityModel;
import io.genericrepo.processor.model.EntityModel.IndexKeysModel;
import io.genericrepo.processor.model.KeyTemplateModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The code by which an entity's schema tells the runtime how its shared-index keys are built
 * ({@code TemplatedIndexes}), so that an update changing a component of an index template can
 * rebuild the keys as save writes them: per index key attribute its index, sparseness, template
 * constant, and where each component comes from (its converter and key part, or the primary key
 * template that also holds it).
 */
final class IndexKeyTemplatesCode {

    static final ClassName TEMPLATED_INDEXES = ClassName.get("io.genericrepo.internal.entity", "TemplatedIndexes");
    static final ClassName INDEX_KEY_TEMPLATE = ClassName.get("io.genericrepo.internal.entity", "IndexKeyTemplate");
    private static final ParameterizedTypeName LIST = ParameterizedTypeName.get(ClassName.get(List.class),
            INDEX_KEY_TEMPLATE);

    private IndexKeyTemplatesCode() {}

    /** @return {@code static final List<IndexKeyTemplate> INDEX_KEYS = List.of(IndexKeyTemplate.of("gsi1", ...), ...)} */
    static FieldSpec field(EntityModel entity) {
        List<CodeBlock> keys = new ArrayList<>();
        for (IndexKeysModel index : entity.indexKeys()) {
            keys.add(template(entity, index, index.partitionKey()));
            if (index.sortKey() != null) {
                keys.add(template(entity, index, index.sortKey()));
            }
        }
        return FieldSpec.builder(LIST, "INDEX_KEYS", Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($>$>\n$L$<$<)", List.class, CodeBlock.join(keys, ",\n")).build();
    }

    /** @return {@code indexKeyTemplates()}, answering {@code INDEX_KEYS} */
    static MethodSpec method() {
        return MethodSpec.methodBuilder("indexKeyTemplates").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(LIST).addStatement("return INDEX_KEYS").build();
    }

    private static CodeBlock template(EntityModel entity, IndexKeysModel index, KeyTemplateModel template) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $L, $L", INDEX_KEY_TEMPLATE, index.index().name(),
                index.sparse(), EntityKeyCode.templateConstant(template));
        for (String component : template.placeholders()) {
            code.add(",$W$L", component(entity, component));
        }
        return code.add(")").build();
    }

    private static CodeBlock component(EntityModel entity, String component) {
        AttributeModel a = entity.attribute(component);
        if (entity.keyComponents().contains(a)) {
            KeyTemplateModel primary = entity.partitionKey().placeholders().contains(component) ? entity.partitionKey()
                    : entity.sortKey();
            return CodeBlock.of("$T.fromKey($L)", INDEX_KEY_TEMPLATE, EntityKeyCode.templateConstant(primary));
        }
        return CodeBlock.of("$T.$L($S, $L, $L)", INDEX_KEY_TEMPLATE, a.primitive() ? "primitive" : "component",
                a.attributeName(), a.converterConstant(), EntityKeyCode.partConstant(component));
    }
}
