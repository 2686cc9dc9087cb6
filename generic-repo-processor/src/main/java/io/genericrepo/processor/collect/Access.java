package io.genericrepo.processor.collect;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Whether generated code, which lives in the package of the {@code @Table} record or interface,
 * can name a type: not if the type or a type enclosing it is private.
 */
public final class Access {

    private Access() {}

    /**
     * @param type a type
     * @return the type, or the innermost type enclosing it, that is private; null if none is
     */
    public static Element privateOne(Element type) {
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param type a type that {@link #privateOne} found not accessible
     * @param kind what the type is, for the message: {@code record}, {@code enum}
     * @return why, and the fix: {@code the enum is private; make it package-private or public}
     */
    public static String reason(Element type, String kind) {
        Element privateOne = privateOne(type);
        return privateOne == type ? "the " + kind + " is private; make it package-private or public"
                : "it is nested in " + privateOne.getSimpleName() + ", which is private; make "
                        + privateOne.getSimpleName() + " package-private or public";
    }
}
