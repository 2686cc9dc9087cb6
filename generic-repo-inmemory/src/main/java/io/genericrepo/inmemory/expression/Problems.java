package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic problems found while parsing one expression. DynamoDB reports one problem per
 * expression, and which one depends on its kind rather than on its place in the text (an undefined
 * placeholder late in the text is reported before a function misused early on); so each category
 * keeps its first problem, and {@link #throwFirst} reports the category that comes first in the
 * expression kind's order. Syntax errors are not problems: they stop the parse at once.
 */
final class Problems {

    /** The kinds of problem, named after DynamoDB's (and dynalite's) checks. */
    enum Category {
        REDUNDANT_PARENS, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED, SECTION, NAME, VALUE,
        OVERLAP, CONFLICT, OPERATOR, OPERAND_COUNT, DISTINCT, FUNCTION
    }

    static final List<Category> CONDITION_ORDER = List.of(Category.REDUNDANT_PARENS, Category.UNKNOWN_FUNCTION,
            Category.MISUSED_FUNCTION, Category.RESERVED, Category.NAME, Category.VALUE,
            Category.OPERAND_COUNT, Category.DISTINCT, Category.FUNCTION);
    static final List<Category> UPDATE_ORDER = List.of(Category.RESERVED, Category.UNKNOWN_FUNCTION,
            Category.SECTION, Category.NAME, Category.VALUE, Category.OVERLAP, Category.CONFLICT,
            Category.OPERATOR, Category.OPERAND_COUNT, Category.FUNCTION);
    static final List<Category> PROJECTION_ORDER = List.of(Category.RESERVED, Category.NAME,
            Category.OVERLAP, Category.CONFLICT);

    private final Map<Category, String> first = new EnumMap<>(Category.class);
    private final List<Category> order;

    Problems(List<Category> order) {
        this.order = order;
    }

    void add(Category category, String message) {
        first.putIfAbsent(category, message);
    }

    boolean has(Category category) {
        return first.containsKey(category);
    }

    /** A copy of the problems so far, to return to when the parser backtracks. */
    Map<Category, String> snapshot() {
        return new EnumMap<>(first);
    }

    void restore(Map<Category, String> snapshot) {
        first.clear();
        first.putAll(snapshot);
    }

    /** Throws DynamoDB's ValidationException for the first problem in order, if there is one. */
    void throwFirst(String kind) {
        for (Category category : order) {
            String message = first.get(category);
            if (message != null) {
                throw Errors.invalidExpression(kind, message);
            }
        }
    }
}
