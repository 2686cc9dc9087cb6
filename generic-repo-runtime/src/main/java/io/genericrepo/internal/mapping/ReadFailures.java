package io.genericrepo.internal.mapping;

import io.genericrepo.AttributeConverter;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.TableMetadata;
import io.genericrepo.TableSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the exception for a stored value that a converter could not read: an
 * {@link AttributeProblem} naming the attribute's path inside a nested record, or the public
 * {@link SchemaMismatchException} at the root of an item. Apart from {@link ItemReader} so that
 * the JVM loads the exception classes only when a read fails: a {@code throw} of a class-typed
 * value in a method makes the bytecode verifier load that class with the method's class, which in
 * a fresh JVM costs about half a millisecond a class. The return type is therefore
 * {@link RuntimeException}. Internal.
 */
final class ReadFailures {

    private ReadFailures() {}

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
    static RuntimeException of(RuntimeException e, AttributeConverter<?> converter, String name, TableMetadata table,
            TableSchema<?, ?> schema, Map<String, AttributeValue> item) {
        AttributeProblem problem = problem(e, converter).under(name);
        TableMetadata metadata = table != null ? table : schema != null ? schema.metadata() : null;
        if (metadata == null) {
            return problem;
        }
        return new SchemaMismatchException(metadata.tableName(), metadata.recordName(), Keys.describe(metadata, item),
                problem.path(), problem.getMessage(), problem.getCause());
    }

    /** Wraps what a converter threw, keeping our own problems and naming a user converter that failed. */
    static AttributeProblem problem(RuntimeException e, AttributeConverter<?> converter) {
        if (e instanceof AttributeProblem p) {
            return p;
        }
        return new AttributeProblem("could not be read by " + converter.getClass().getName() + ": " + e, e);
    }
}
