package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a record component under another attribute name than the component's own, for example
 * to read a table written by other code: {@code @Attribute(name = "ship-to") Address shipTo}.
 * May stand on any component of a {@link Table} record or of a record nested in one. Two
 * components of one record may not be stored under the same name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Attribute {

    /** The attribute name in DynamoDB: any non-empty string (it is always sent as a placeholder). */
    String name();
}
