package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the exception for a value that a converter could not write or read: an
 * {@link AttributeProblem} that gains the attribute's path while it unwinds through nested
 * records, lists and maps, then at the root of an item the public exception
 * ({@link SchemaMismatchException} on reads, {@link IllegalArgumentException} on writes). Apart
 * from {@link ItemReader}, {@link ItemWriter} and {@link CollectionConverters}, and every method
 * typed {@link RuntimeException}, so that the JVM loads the exception classes only when a value
 * fails: a {@code throw} or {@code catch} of a class-typed value makes the bytecode verifier load
 * that class with the method's class, which in a fresh JVM costs about half a millisecond a class.
 * Internal.
 */
final class MappingFailures {

    private MappingFailures() {}

    /**
     * @param e what the converter threw
     * @param converter the converter
     * @param name the attribute
     * @param table the table's metadata, or null
     * @param schema the table's schema, asked for its metadata if {@code table} is null; or null
     * @param item the item being read, whose key the message names
     * @return the exception to throw: a {@link SchemaMismatchException} when the table is known,
     *     otherwise the {@link AttributeProblem} for the enclosing reader to complete
     */
    static RuntimeException read(RuntimeException e, AttributeConverter<?> converter, String name, TableMetadata table,
            TableSchema<?, ?> schema, Map<String, AttributeValue> item) {
        AttributeProblem problem = problem(e, converter).under(name);
        TableMetadata metadata = table != null ? table : schema != null ? schema.metadata() : null;
        if (metadata == null) {
            return problem;
        }
        return new SchemaMismatchException(metadata.tableName(), metadata.recordName(), Keys.describe(metadata, item),
                problem.path(), problem.getMessage(), problem.getCause());
    }

    /**
     * @param e what an element's converter threw
     * @param converter the converter
     * @param index the element's index in its list
     * @return the problem, under the index
     */
    static RuntimeException readElement(RuntimeException e, AttributeConverter<?> converter, int index) {
        return problem(e, converter).underIndex(index);
    }

    /**
     * @param e what a map value's converter threw, or a set element's (then {@code key} is null)
     * @param converter the converter
     * @param key the entry's key, or null
     * @return the problem, under the key
     */
    static RuntimeException readEntry(RuntimeException e, AttributeConverter<?> converter, String key) {
        AttributeProblem problem = problem(e, converter);
        return key == null ? problem : problem.under(key);
    }

    /**
     * @param e what a converter threw while writing
     * @param where the attribute's name, an element's index ({@link Integer}) or a map key
     * @param recordName the {@code @Table} record, when {@code where} is a root attribute; else null
     * @return an {@link IllegalArgumentException} naming the record and the attribute's path at the
     *     root; otherwise the problem under {@code where}; {@code e} itself if it is neither an
     *     {@link AttributeProblem} nor an {@link IllegalArgumentException}
     */
    static RuntimeException write(RuntimeException e, Object where, String recordName) {
        AttributeProblem problem;
        if (e instanceof AttributeProblem p) {
            problem = p;
        } else if (e instanceof IllegalArgumentException) {
            problem = new AttributeProblem(e.getMessage(), e);
        } else {
            return e;
        }
        if (where instanceof Integer i) {
            return problem.underIndex(i);
        }
        problem.under(where.toString());
        if (recordName == null) {
            return problem; // the enclosing record's writer adds its own segment
        }
        return new IllegalArgumentException("Cannot store " + recordName + ": attribute " + problem.path()
                + " " + problem.getMessage(), problem.getCause());
    }

    /** Wraps what a converter threw, keeping our own problems and naming a user converter that failed. */
    static AttributeProblem problem(RuntimeException e, AttributeConverter<?> converter) {
        if (e instanceof AttributeProblem p) {
            return p;
        }
        return new AttributeProblem("could not be read by " + converter.getClass().getName() + ": " + e, e);
    }
}
