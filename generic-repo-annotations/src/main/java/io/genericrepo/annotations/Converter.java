package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component whose type has no built-in mapping with a converter the user writes. The
 * class must implement {@code io.genericrepo.AttributeConverter<T>} for exactly the component's
 * type {@code T}, be public and have a public no-argument constructor; one instance is created
 * per generated schema. May stand on any component that is not a key of the table or of an index.
 *
 * <pre>{@code @Converter(MoneyConverter.class) Money price}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Converter {

    /** The converter class. */
    Class<?> value();
}
