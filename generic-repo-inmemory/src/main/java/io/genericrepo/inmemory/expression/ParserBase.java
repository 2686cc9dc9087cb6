package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.value.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the three grammars (condition, update, projection) share: the token cursor, syntax errors
 * in DynamoDB's shape ({@code Syntax error; token: "x", near: "a x b"}), document paths and
 * placeholders. A grammar's keywords ({@code AND}, {@code SET}, ...) are no attribute names in it.
 */
abstract class ParserBase {

    /** A syntax error at a token: stops the parse (the grammar may backtrack and try another rule). */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int tokenIndex;

        SyntaxError(int tokenIndex) {
            super(null, null, false, false);
            this.tokenIndex = tokenIndex;
        }
    }

    /** DynamoDB's limit on any expression string, in UTF-8 bytes as sent (placeholders not substituted). */
    static final int MAX_EXPRESSION_BYTES = 4096;

    /**
     * How deep a parse follows nesting (parentheses, NOT, function arguments). Each level of an
     * expression DynamoDB accepts holds an operator or function, of which it allows 300; deeper
     * nesting is refused before it can exhaust the caller's thread stack (4 KB of parentheses
     * would otherwise be 2,000 levels).
     */
    static final int MAX_NESTING = 301;

    /** DynamoDB's limit on the operators and functions of one expression. */
    static final int MAX_OPERATORS = 300;

    private int nesting;
    final String text;
    final String kind;
    final List<Token> tokens;
    final Placeholders placeholders;
    final Problems problems;
    private final Set<String> keywords;
    int pos;

    ParserBase(String text, String kind, Placeholders placeholders, List<Problems.Category> order, Set<String> keywords) {
        if (text == null || text.isEmpty()) {
            throw Errors.invalidExpression(kind, "The expression can not be empty;");
        }
        int size = Bytes.utf8Length(text);
        if (size > MAX_EXPRESSION_BYTES) { // checked first, so that no parse runs deeper than 4 KB allows
            throw Errors.invalidExpression(kind, "Expression size has exceeded the maximum allowed size; expression size: " + size);
        }
        this.text = text;
        this.kind = kind;
        this.tokens = Tokenizer.tokenize(text);
        this.placeholders = placeholders;
        this.problems = new Problems(order);
        this.keywords = keywords;
    }

    /** Turns a syntax error into DynamoDB's ValidationException, then reports the first problem found. */
    final <T> T finish(java.util.function.Supplier<T> parse) {
        T result;
        try {
            result = parse.get();
        } catch (SyntaxError e) {
            throw syntaxError(e.tokenIndex);
        }
        problems.throwFirst(kind);
        return result;
    }

    private RuntimeException syntaxError(int index) {
        Token bad = tokens.get(index);
        int start = index > 0 ? tokens.get(index - 1).start() : bad.start();
        int end = index + 1 < tokens.size() ? tokens.get(index + 1).end() : bad.end();
        String near = text.substring(start, Math.max(start, end));
        return Errors.invalidExpression(kind, "Syntax error; token: \"" + bad.shown() + "\", near: \"" + near + "\"");
    }

    /** Parses one level of nesting; refuses the expression past {@link #MAX_NESTING} levels. */
    final <T> T nested(java.util.function.Supplier<T> body) {
        if (++nesting > MAX_NESTING) {
            throw tooDeep();
        }
        try {
            return body.get();
        } finally {
            nesting--;
        }
    }

    /**
     * @return the error for nesting past {@link #MAX_NESTING}: too many operators if the expression
     *     has more than DynamoDB allows, else (parentheses around parentheses) redundant parentheses
     */
    private RuntimeException tooDeep() {
        int operators = operatorCount();
        return operators > MAX_OPERATORS ? tooManyOperators(operators)
                : Errors.invalidExpression(kind, "The expression has redundant parentheses;");
    }

    final RuntimeException tooManyOperators(int operators) {
        return Errors.invalidExpression(kind, "The expression contains too many operators; operator count: " + operators);
    }

    /**
     * @return the expression's operators and functions as DynamoDB counts them against its limit of
     *     300: comparisons, {@code BETWEEN} (its {@code AND} included), {@code IN}, {@code AND},
     *     {@code OR}, {@code NOT}, {@code +}, {@code -} and function calls; counted over the tokens,
     *     so that the count needs no parse
     */
    final int operatorCount() {
        int count = 0;
        boolean betweenAnd = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.SYMBOL) {
                if (OPERATOR_SYMBOLS.contains(t.text())) {
                    count++;
                }
            } else if (t.isKeyword("BETWEEN")) {
                count++;
                betweenAnd = true;
            } else if (t.isKeyword("AND")) {
                if (betweenAnd) {
                    betweenAnd = false;
                } else {
                    count++;
                }
            } else if (t.isKeyword("OR") || t.isKeyword("NOT") || t.isKeyword("IN")) {
                count++;
            } else if (t.kind() == Token.Kind.WORD && !isKeyword(t) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isSymbol("(")) {
                count++;
            }
        }
        return count;
    }

    private static final Set<String> OPERATOR_SYMBOLS = Set.of("=", "<>", "<", "<=", ">", ">=", "+", "-");

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    SyntaxError error() {
        return new SyntaxError(pos);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean matchSymbol(String symbol) {
        if (atSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectSymbol(String symbol) {
        if (!matchSymbol(symbol)) {
            throw error();
        }
    }

    boolean matchKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectEnd() {
        if (peek().kind() != Token.Kind.EOF) {
            throw error();
        }
    }

    boolean isKeyword(Token token) {
        return token.kind() == Token.Kind.WORD && keywords.contains(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** @return whether the next token is a word that may name an attribute or a function */
    boolean atIdentifier() {
        Token t = peek();
        return t.kind() == Token.Kind.WORD && !isKeyword(t) && !Character.isDigit(t.text().charAt(0));
    }

    /** path := element ( '[' NUMBER ']' | '.' element )* */
    DocumentPath path() {
        List<DocumentPath.Step> steps = new ArrayList<>();
        steps.add(new DocumentPath.Key(pathElement()));
        while (true) {
            if (matchSymbol("[")) {
                Token number = peek();
                if (number.kind() != Token.Kind.NUMBER || number.text().length() > 9) {
                    throw error();
                }
                pos++;
                expectSymbol("]");
                steps.add(new DocumentPath.Index(Integer.parseInt(number.text())));
            } else if (matchSymbol(".")) {
                steps.add(new DocumentPath.Key(pathElement()));
            } else {
                return new DocumentPath(steps);
            }
        }
    }

    /** element := WORD (not a keyword, not a reserved word) | #placeholder */
    private String pathElement() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME_PLACEHOLDER) {
            pos++;
            String name = placeholders.name(t.text());
            if (name == null) {
                problems.add(Problems.Category.NAME,
                        "An expression attribute name used in the document path is not defined; attribute name: " + t.text());
                return t.text();
            }
            return name;
        }
        if (!atIdentifier()) {
            throw error();
        }
        pos++;
        if (ReservedWords.isReserved(t.text())) {
            problems.add(Problems.Category.RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return t.text();
    }

    /** value := :placeholder */
    Ast.ValueOperand value() {
        Token t = peek();
        if (t.kind() != Token.Kind.VALUE_PLACEHOLDER) {
            throw error();
        }
        pos++;
        AttributeValue value = placeholders.value(t.text());
        if (value == null) {
            problems.add(Problems.Category.VALUE,
                    "An expression attribute value used in expression is not defined; attribute value: " + t.text());
        }
        return new Ast.ValueOperand(t.text(), value);
    }

    /** Records DynamoDB's overlap and conflict problems between the paths an expression names. */
    void checkOverlap(List<DocumentPath> seen, DocumentPath path) {
        for (DocumentPath other : seen) {
            List<DocumentPath.Step> a = other.steps();
            List<DocumentPath.Step> b = path.steps();
            boolean diverge = false;
            for (int i = 0; i < a.size() && i < b.size() && !diverge; i++) {
                if (a.get(i).getClass() != b.get(i).getClass()) {
                    problems.add(Problems.Category.CONFLICT, "Two document paths conflict with each other; "
                            + "must remove or rewrite one of these paths; path one: " + other + ", path two: " + path);
                    diverge = true;
                } else if (!a.get(i).equals(b.get(i))) {
                    diverge = true;
                }
            }
            if (!diverge) {
                problems.add(Problems.Category.OVERLAP, "Two document paths overlap with each other; "
                        + "must remove or rewrite one of these paths; path one: " + other + ", path two: " + path);
            }
        }
        seen.add(path);
    }
}
