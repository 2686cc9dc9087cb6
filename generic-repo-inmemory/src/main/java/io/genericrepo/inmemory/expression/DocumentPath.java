package io.genericrepo.inmemory.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A resolved document path: a top-level attribute name followed by map keys and list indexes
 * ({@code a.b[2].c}), placeholders already replaced by the names they stand for.
 *
 * @param steps at least one step, the first a {@link Key}
 */
record DocumentPath(List<Step> steps) {

    DocumentPath {
        steps = List.copyOf(steps);
    }

    /** One step of a path. */
    sealed interface Step permits Key, Index {}

    /** A map key (or, first, the attribute name). */
    record Key(String name) implements Step {}

    /** A list index. */
    record Index(int index) implements Step {}

    String topLevel() {
        return ((Key) steps.get(0)).name();
    }

    boolean isNested() {
        return steps.size() > 1;
    }

    /** @return the path as DynamoDB shows it in messages: {@code [a, b, [2]]} */
    @Override
    public String toString() {
        return steps.stream()
                .map(s -> s instanceof Key k ? k.name() : "[" + ((Index) s).index() + "]")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
