package io.genericrepo.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.genericrepo.processor.model.AttributeModel;
import io.genericrepo.processor.model.EntityModel;
import io.genericrepo.processor.model.KeyTemplateModel;
import io.genericrepo.processor.model.Names;
import io.genericrepo.processor.model.ScalarKind;
import io.genericrepo.processor.model.TypeModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The code of an entity's key strings, shared by its schema and metamodel emitters: template and
 * key-part constants, and the expressions that render and parse keys.
 */
final class EntityKeyCode {

    private EntityKeyCode() {}

    /** @return {@code PK_TEMPLATE}, {@code GSI1_SK_TEMPLATE}: the constant of a template */
    static String templateConstant(KeyTemplateModel template) {
        return template.constant();
    }

    /** @return {@code CUSTOMER_ID_PART}: the key part of a component */
    static String partConstant(String component) {
        return KeyTemplateModel.partConstant(component);
    }

    static FieldSpec templateField(KeyTemplateModel template) {
        CodeBlock.Builder args = CodeBlock.builder().add("$T.parse($S,$W$S,$W$T.$L", Types.KEY_TEMPLATE, template.template(),
                template.attribute(), Types.KEY_TEMPLATE.nestedClass("Role"), template.sortKey() ? "SORT_KEY" : "PARTITION_KEY");
        template.placeholders().forEach(p -> args.add(",$W$S", p));
        return FieldSpec.builder(Types.KEY_TEMPLATE, templateConstant(template), Modifier.STATIC, Modifier.FINAL)
                .initializer(args.add(")").build()).build();
    }

    static FieldSpec partField(AttributeModel component) {
        return FieldSpec.builder(ParameterizedTypeName.get(Types.KEY_PART, component.type().boxed()),
                partConstant(component.component()), Modifier.STATIC, Modifier.FINAL)
                .initializer(partOf(component.type())).build();
    }

    private static CodeBlock partOf(TypeModel type) {
        if (type instanceof TypeModel.EnumType e) {
            return CodeBlock.of("$T.enumOf($T.class)", Types.KEY_PARTS, e.boxed());
        }
        ScalarKind kind = ((TypeModel.Scalar) type).kind();
        return CodeBlock.of("$T.$L", Types.KEY_PARTS, kind.name());
    }

    /**
     * @param entity the entity
     * @param template a template
     * @param source how a component is read: {@code item.$L()} or {@code key.$L()} (or {@code key} itself)
     * @return {@code SK_TEMPLATE.render(SK_TEMPLATE.text(0, PLACED_AT_PART, item.placedAt()), ...)}
     */
    static CodeBlock render(EntityModel entity, KeyTemplateModel template, ComponentSource source) {
        String constant = templateConstant(template);
        CodeBlock.Builder code = CodeBlock.builder().add("$L.render(", constant);
        List<String> placeholders = template.placeholders();
        for (int i = 0; i < placeholders.size(); i++) {
            code.add(i == 0 ? "$L.text($L, $L, $L)" : ",$W$L.text($L, $L, $L)", constant, i,
                    partConstant(placeholders.get(i)), source.of(placeholders.get(i)));
        }
        return code.add(")").build();
    }

    /** How generated code reads one component's value. */
    interface ComponentSource {
        CodeBlock of(String component);
    }

    /**
     * @param entity the entity
     * @param component a key component
     * @return where it is in the split key strings: {@code PLACED_AT_PART.read(sk[0])}
     */
    static CodeBlock parse(EntityModel entity, String component) {
        for (KeyTemplateModel t : List.of(entity.partitionKey(), entity.sortKey())) {
            int at = t.placeholders().indexOf(component);
            if (at >= 0) {
                return CodeBlock.of("$L.value($L, $L, $L)", templateConstant(t), splitVariable(t), at,
                        partConstant(component));
            }
        }
        throw new IllegalStateException(component + " is in no table key template");
    }

    static String splitVariable(KeyTemplateModel template) {
        return Names.constant(template.attribute()).toLowerCase(java.util.Locale.ROOT) + "Parts";
    }

    /** @return {@code String[] pkParts = PK_TEMPLATE.split(reader.get("pk", Converters.STRING));} for each template with components */
    static CodeBlock splits(EntityModel entity) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (KeyTemplateModel t : List.of(entity.partitionKey(), entity.sortKey())) {
            if (!t.placeholders().isEmpty()) {
                code.addStatement("$T[] $L = $L.split(reader.get($S, $T.STRING))", String.class, splitVariable(t),
                        templateConstant(t), t.attribute(), Types.CONVERTERS);
            }
        }
        return code.build();
    }

    /** @return the type of a shared index's handle on the entity: {@code Index<Order, String, String>} */
    static ParameterizedTypeName indexType(EntityModel entity, EntityModel.IndexKeysModel keys) {
        return ParameterizedTypeName.get(Types.INDEX, entity.record(), indexPartitionType(entity, keys),
                keys.sortKey() == null ? ClassName.get(Void.class) : ClassName.get(String.class));
    }

    /** The one component of an index's partition template, else the stored string. */
    static com.palantir.javapoet.TypeName indexPartitionType(EntityModel entity, EntityModel.IndexKeysModel keys) {
        List<String> p = keys.partitionKey().placeholders();
        return p.size() == 1 ? entity.attribute(p.get(0)).type().boxed() : ClassName.get(String.class);
    }
}
