package io.genericrepo.internal.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A value that cannot be written or read, raised deep inside a converter and given its attribute
 * path while it unwinds: each enclosing record, list or map prepends its own segment. The root
 * {@link ItemWriter} or {@link ItemReader} turns it into the public exception. Internal.
 */
public final class AttributeProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Deque<String> segments = new ArrayDeque<>();

    /**
     * @param problem what is wrong, phrased to follow "attribute x.y "
     * @param cause the converter's exception, if any
     */
    public AttributeProblem(String problem, Throwable cause) {
        super(problem, cause, false, false);
    }

    /**
     * @param expected the DynamoDB type the component maps to, such as {@code "N (int)"}
     * @param found what was stored
     * @return the problem, typed {@link RuntimeException} (see {@link #of})
     */
    public static RuntimeException expected(String expected, AttributeValue found) {
        return new AttributeProblem("must be " + expected + ", found " + AttributeValues.describeType(found), null);
    }

    /**
     * The problem as a {@link RuntimeException}: converters {@code throw} what this returns rather
     * than a {@code new AttributeProblem}, since a {@code throw} of a value typed with this class
     * makes the bytecode verifier load it with the throwing class, in every fresh JVM, although
     * it is needed only when a value is refused.
     *
     * @param problem what is wrong, phrased to follow "attribute x.y "
     * @param cause the converter's exception, if any
     * @return the problem
     */
    public static RuntimeException of(String problem, Throwable cause) {
        return new AttributeProblem(problem, cause);
    }

    AttributeProblem under(String segment) {
        segments.addFirst(segment);
        return this;
    }

    AttributeProblem underIndex(int index) {
        segments.addFirst("[" + index + "]");
        return this;
    }

    /** @return the attribute path, such as {@code shipTo.lines[2].sku} */
    public String path() {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (sb.length() > 0 && !s.startsWith("[")) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
