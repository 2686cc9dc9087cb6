package io.genericrepo.processor.validate;

/**
 * The messages of the composed key template checks, tagged like {@link Message}: the rule, what
 * was found, and the fix. Kept apart from {@link Message} so that the template checks can be
 * reused by any annotation that carries a template.
 */
public enum TemplateMessage {
    SYNTAX("KeyTemplateSyntax", "key template \"%s\" of %s %s; write literal text and {component} placeholders,"
            + " such as \"ORDER#{placedAt}#{orderId}\""),
    UNKNOWN_COMPONENT("KeyTemplateComponent", "key template \"%s\" of %s names {%s}, which is not a component of %s;"
            + " the components are %s"),
    REPEATED_COMPONENT("KeyTemplateComponent", "key template \"%s\" of %s names {%s} twice; name each component once"),
    ADJACENT_PLACEHOLDERS("KeyTemplateAmbiguous", "key template \"%s\" of %s has no literal text between {%s} and"
            + " {%s}, so a stored key could not be split back into them; put a separator such as '#' between them"),
    COMPONENT_TYPE("KeyTemplateType", "key template \"%s\" of %s names {%s} of type %s, which has no key encoding%s;"
            + " a key component must be String, int, Integer, long, Long, boolean, Boolean, Instant, LocalDate,"
            + " UUID or an enum"),
    SEPARATOR_IN_TEXT("KeyTemplateSeparator", "key template \"%s\" of %s: %s; use a separator that %s cannot"
            + " contain, such as '#'"),
    TOO_LONG("KeyTemplateLength", "key template \"%s\" of %s renders keys of at least %d bytes, over DynamoDB's limit"
            + " of %d bytes for a %s; shorten its literal text"),
    OVERLAP("KeyTemplateOverlap", "entities %s and %s can write the same key (for example %s), so saving one would"
            + " overwrite the other; make their templates differ in literal text, such as a distinct prefix"
            + " (\"ORDER#...\" and \"LINE#...\")");

    private final String tag;
    private final String format;

    TemplateMessage(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** @return the tag, such as {@code KeyTemplateSyntax} */
    public String tag() {
        return tag;
    }

    /**
     * @param args the values for the format
     * @return {@code [Tag] text}
     */
    public String format(Object... args) {
        return Message.tagged(tag, format, args);
    }
}
