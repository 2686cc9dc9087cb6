package io.genericrepo.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One record component and the attribute it is stored as.
 *
 * @param component the component (and accessor) name
 * @param attributeName the DynamoDB attribute name
 * @param javaType the component's declared type, primitive if it is one
 * @param type how it is stored
 * @param converterConstant the name of its converter constant in the generated schema
 */
public record AttributeModel(String component, String attributeName, TypeName javaType, TypeModel type,
        String converterConstant) {

    /** @return true for a primitive component, which reads a missing attribute as its default */
    public boolean primitive() {
        return javaType.isPrimitive();
    }
}
