package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How one Java type is stored: a plain description the emitters turn into converter expressions
 * and metamodel paths, with no {@code javax.lang.model} in it.
 */
public sealed interface TypeModel {

    /** @return the Java type, boxed (the converter's type argument) */
    TypeName boxed();

    /**
     * @return S, N or B when this type can be a key, else null
     */
    default String keyType() {
        return null;
    }

    /**
     * A built-in scalar.
     *
     * @param kind the mapping
     * @param boxed the boxed Java type
     */
    record Scalar(ScalarKind kind, TypeName boxed) implements TypeModel {
        @Override
        public String keyType() {
            String type = kind.dynamoType();
            return type.equals("BOOL") ? null : type;
        }
    }

    /**
     * An enum, stored by name.
     *
     * @param boxed the enum
     */
    record EnumType(ClassName boxed) implements TypeModel {
        @Override
        public String keyType() {
            return "S";
        }
    }

    /**
     * {@code List<E>}.
     *
     * @param element the element
     * @param boxed {@code List<E>}
     */
    record ListOf(TypeModel element, TypeName boxed) implements TypeModel {}

    /**
     * {@code Set<E>} of strings (SS) or numbers (NS).
     *
     * @param element the element
     * @param numbers true for NS
     * @param boxed {@code Set<E>}
     */
    record SetOf(TypeModel element, boolean numbers, TypeName boxed) implements TypeModel {}

    /**
     * {@code Map<String, V>}.
     *
     * @param value the value
     * @param boxed {@code Map<String, V>}
     */
    record MapOf(TypeModel value, TypeName boxed) implements TypeModel {}

    /**
     * A nested record, mapped by its own generated methods.
     *
     * @param boxed the record
     */
    record RecordRef(ClassName boxed) implements TypeModel {}

    /**
     * {@code Optional<T>}: empty is stored as no attribute.
     *
     * @param content the content
     * @param boxed {@code Optional<T>}
     */
    record OptionalOf(TypeModel content, TypeName boxed) implements TypeModel {}

    /**
     * A type stored by a user's {@code @Converter}.
     *
     * @param converter the converter class
     * @param boxed the component type
     */
    record Custom(ClassName converter, TypeName boxed) implements TypeModel {}
}
