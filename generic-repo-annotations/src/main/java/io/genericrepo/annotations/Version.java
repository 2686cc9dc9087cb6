package io.genericrepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that holds the item's version for optimistic locking. Its type must be
 * {@code int}, {@code Integer}, {@code long} or {@code Long}. At most one component carries it,
 * and never a key. The repository checks that the stored version is the one the caller read and
 * increments it, so that two writers cannot overwrite each other's changes unnoticed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Version {}
