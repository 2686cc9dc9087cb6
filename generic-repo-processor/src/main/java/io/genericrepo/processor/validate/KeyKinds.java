package io.genericrepo.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.genericrepo.processor.model.KeyKind;
import io.genericrepo.processor.model.TemplateModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Which key encoding a component type has, and the checks on the literals around a component that
 * depend on its texts. Mirrors the runtime's {@code KeyParts}: a change there is a change here.
 */
final class KeyKinds {

    private static final Map<String, KeyKind> DECLARED = Map.of(
            "java.lang.String", KeyKind.STRING,
            "java.lang.Integer", KeyKind.INTEGER,
            "java.lang.Long", KeyKind.LONG,
            "java.lang.Boolean", KeyKind.BOOLEAN,
            "java.time.Instant", KeyKind.INSTANT,
            "java.time.LocalDate", KeyKind.LOCAL_DATE,
            "java.util.UUID", KeyKind.UUID);

    private KeyKinds() {}

    /** @return the placeholder's part, or null when the type has no key encoding */
    static TemplateModel.Part partOf(String component, TypeMirror type) {
        switch (type.getKind()) {
            case INT:
                return new TemplateModel.Part(component, KeyKind.INTEGER, TypeName.INT, List.of());
            case LONG:
                return new TemplateModel.Part(component, KeyKind.LONG, TypeName.LONG, List.of());
            case BOOLEAN:
                return new TemplateModel.Part(component, KeyKind.BOOLEAN, TypeName.BOOLEAN, List.of("false", "true"));
            case DECLARED:
                break;
            default:
                return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element e : element.getEnclosedElements()) {
                if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(e.getSimpleName().toString());
                }
            }
            return new TemplateModel.Part(component, KeyKind.ENUM, ClassName.get(element), constants);
        }
        KeyKind kind = DECLARED.get(element.getQualifiedName().toString());
        if (kind == null) {
            return null;
        }
        return new TemplateModel.Part(component, kind, ClassName.get(element),
                kind == KeyKind.BOOLEAN ? List.of("false", "true") : List.of());
    }

    /** @return why a type has no key encoding, as a parenthesis for the message, or empty */
    static String whyNot(TypeMirror type) {
        String name = type.toString();
        return switch (name) {
            case "java.math.BigDecimal" -> " (equal decimals such as 1.0 and 1.00 have different texts, and no"
                    + " fixed-width text keeps the order of every decimal; store cents in a long, or use a String)";
            case "java.math.BigInteger" -> " (no fixed width holds every BigInteger in order; use a long or a String)";
            case "double", "float", "java.lang.Double", "java.lang.Float" -> " (a floating-point number has no exact,"
                    + " order-keeping text; use a long, such as cents, or a String)";
            case "short", "byte", "java.lang.Short", "java.lang.Byte" -> " (use int)";
            default -> "";
        };
    }

    /** @return how messages name what a part holds, such as "an int" */
    static String describe(TemplateModel.Part part) {
        return switch (part.kind()) {
            case STRING -> "a String";
            case INTEGER -> "an int";
            case LONG -> "a long";
            case INSTANT -> "an Instant";
            case LOCAL_DATE -> "a LocalDate";
            case UUID -> "a UUID";
            case BOOLEAN -> "a boolean";
            case ENUM -> "the enum " + ((ClassName) part.javaType()).simpleName();
        };
    }

    /**
     * The runtime refuses a text that contains (or runs into) the literal after its component, and,
     * for the component ending the template, one that contains the literal before it. For strings
     * that is the caller's data; for numbers, times, dates, UUIDs, booleans and enums it is decided
     * here, where a separator that their texts can hold is a mistake in the template.
     *
     * @return what is wrong with the literals around placeholder {@code i}, or null
     */
    static String separatorProblem(TemplateModel model, int i) {
        TemplateModel.Part part = model.parts().get(i);
        String after = model.literals().get(i + 1);
        String before = model.literals().get(i);
        boolean ends = i == model.parts().size() - 1 && after.isEmpty();
        String alphabet = part.kind().alphabet();
        if (part.kind().width() >= 0) {
            if (!after.isEmpty() && alphabet.indexOf(after.charAt(0)) >= 0) {
                return "the literal \"" + after + "\" follows {" + part.component() + "}, but " + describe(part)
                        + "'s text can contain '" + after.charAt(0) + "' (its characters are " + alphabet
                        + "), so a stored key could not be split back";
            }
            if (ends && !before.isEmpty() && before.chars().allMatch(c -> alphabet.indexOf(c) >= 0)) {
                return "the literal \"" + before + "\" comes before {" + part.component() + "}, which ends the"
                        + " template, and " + describe(part) + "'s text can contain it (its characters are " + alphabet
                        + "), so such values would be refused when saved";
            }
            return null;
        }
        for (String constant : part.constants()) {
            if (!after.isEmpty() && (constant + after).indexOf(after) != constant.length()) {
                return "the literal \"" + after + "\" follows {" + part.component() + "}, but " + describe(part)
                        + " has the constant " + constant + ", which contains it or runs into it, so a stored key"
                        + " could not be split back";
            }
            if (ends && !before.isEmpty() && constant.contains(before)) {
                return "the literal \"" + before + "\" comes before {" + part.component() + "}, which ends the"
                        + " template, but " + describe(part) + " has the constant " + constant + ", which contains it,"
                        + " so it would be refused when saved";
            }
        }
        return null;
    }

    /** @return the fewest UTF-8 bytes a key of the template has */
    static int leastBytes(TemplateModel model) {
        int bytes = 0;
        for (String literal : model.literals()) {
            bytes += literal.getBytes(StandardCharsets.UTF_8).length;
        }
        for (TemplateModel.Part part : model.parts()) {
            if (part.kind().width() >= 0) {
                bytes += part.kind().width();
            } else if (!part.constants().isEmpty()) {
                bytes += part.constants().stream().mapToInt(String::length).min().orElse(1);
            } else {
                bytes += 1;
            }
        }
        return bytes;
    }
}
