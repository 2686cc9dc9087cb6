package io.genericrepo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A record nested (at any depth) in a {@code @Table} record, mapped by a generated mapping class
 * in the schema and a generated path class in the metamodel.
 *
 * @param type the record
 * @param mappingName the schema's nested class for it, such as {@code AddressMapping}
 * @param pathName the metamodel's nested class for it, such as {@code AddressPath}
 * @param attributes its components
 */
public record NestedRecordModel(ClassName type, String mappingName, String pathName, List<AttributeModel> attributes) {}
