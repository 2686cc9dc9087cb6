package io.genericrepo.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.model.TableModel;
import io.genericrepo.processor.model.TypeModel;

/** The converter expression of a type model, such as {@code CollectionConverters.list(Converters.STRING)}. */
final class ConverterExpressions {

    private ConverterExpressions() {}

    /**
     * @param table the table, whose schema holds the nested records' mappings
     * @param type a type model
     * @return an expression of type {@code AttributeConverter<T>} (for an optional, of its content)
     */
    static CodeBlock of(TableModel table, TypeModel type) {
        if (type instanceof TypeModel.Scalar s) {
            return CodeBlock.of("$T.$L", s.kind().common() ? Types.CONVERTERS : Types.MORE_CONVERTERS,
                    s.kind().converterConstant());
        } else if (type instanceof TypeModel.EnumType e) {
            return CodeBlock.of("$T.enumOf($T.class)", Types.CONVERTERS, e.boxed());
        } else if (type instanceof TypeModel.ListOf l) {
            return CodeBlock.of("$T.list($L)", Types.COLLECTION_CONVERTERS, of(table, l.element()));
        } else if (type instanceof TypeModel.SetOf s) {
            return CodeBlock.of("$T.$L($L)", Types.COLLECTION_CONVERTERS, s.numbers() ? "numberSet" : "stringSet",
                    of(table, s.element()));
        } else if (type instanceof TypeModel.MapOf m) {
            return CodeBlock.of("$T.map($L)", Types.COLLECTION_CONVERTERS, of(table, m.value()));
        } else if (type instanceof TypeModel.RecordRef r) {
            return CodeBlock.of("$T.CONVERTER", mappingClass(table, r.boxed()));
        } else if (type instanceof TypeModel.OptionalOf o) {
            return of(table, o.content());
        } else if (type instanceof TypeModel.Custom c) {
            return CodeBlock.of("new $T()", c.converter());
        }
        throw new IllegalArgumentException("unknown type model " + type);
    }

    /**
     * @param type a type model
     * @return {@code AttributeConverter<T>} for it (for an optional, of its content)
     */
    static TypeName converterType(TypeModel type) {
        TypeModel content = type instanceof TypeModel.OptionalOf o ? o.content() : type;
        return ParameterizedTypeName.get(Types.ATTRIBUTE_CONVERTER, content.boxed());
    }

    /**
     * @param table the table
     * @param record a nested record
     * @return the schema's mapping class for it
     */
    static ClassName mappingClass(TableModel table, ClassName record) {
        return table.schemaClass().nestedClass(table.nested(record).mappingName());
    }
}
