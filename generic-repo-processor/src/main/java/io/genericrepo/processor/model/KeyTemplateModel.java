package io.genericrepo.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One key template of a single-table entity, such as {@code ORDER#{placedAt}#{orderId}} for
 * attribute {@code sk}: the text and the components its placeholders name, in order. The
 * generated code parses it once at run time ({@code KeyTemplate.parse}); templates were checked
 * by the validator before a model is made.
 *
 * @param attribute the key attribute it fills
 * @param template the template text
 * @param placeholders the component names, in order of appearance
 * @param sortKey true for a sort key's template, false for a partition key's
 */
public record KeyTemplateModel(String attribute, String template, List<String> placeholders, boolean sortKey) {

    /**
     * @param attribute the key attribute
     * @param template a template whose braces are balanced
     * @param sortKey true for a sort key's template
     * @return its model
     */
    public static KeyTemplateModel of(String attribute, String template, boolean sortKey) {
        return new KeyTemplateModel(attribute, template, placeholders(template), sortKey);
    }

    /** @return {@code PK_TEMPLATE}, {@code GSI1SK_TEMPLATE}: the entity schema's constant of this template */
    public String constant() {
        return Names.constant(attribute) + "_TEMPLATE";
    }

    /**
     * @param component a component a template names
     * @return {@code CUSTOMER_ID_PART}: the entity schema's constant of its key part
     */
    public static String partConstant(String component) {
        return Names.constant(component) + "_PART";
    }

    /**
     * @param template a template
     * @return the names between braces, in order; an unclosed brace ends the search
     */
    public static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                return out;
            }
            out.add(template.substring(open + 1, close));
            from = close + 1;
        }
    }
}
