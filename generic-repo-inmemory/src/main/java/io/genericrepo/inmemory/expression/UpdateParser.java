package io.genericrepo.inmemory.expression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of update expressions, one method per rule:
 *
 * <pre>
 * update    := section+ EOF
 * section   := SET set (',' set)* | REMOVE path (',' path)* | ADD path :value (',' ...)* | DELETE path :value (',' ...)*
 * set       := path '=' setValue
 * setValue  := sum | '(' sum ')'
 * sum       := operand ( ('+' | '-') operand )?
 * operand   := '(' term ')' | term
 * term      := function | :value | path
 * function  := NAME '(' operand (',' operand)* ')'      (if_not_exists, list_append)
 * </pre>
 *
 * It records DynamoDB's problems: a section used twice, overlapping or conflicting paths, unknown
 * functions, wrong operand counts and the types of values known from the expression.
 */
final class UpdateParser extends ParserBase {

    private enum Section { SET, REMOVE, ADD, DELETE }

    private static final Set<String> KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");
    private static final Map<String, Integer> OPERANDS = Map.of("if_not_exists", 2, "list_append", 2);
    private static final Map<String, String> TYPE_WORDS = Map.of("S", "STRING", "N", "NUMBER", "B", "BINARY",
            "NULL", "NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");

    private final List<Ast.Action> actions = new ArrayList<>();
    private final List<DocumentPath> paths = new ArrayList<>();
    private final Set<Section> seen = EnumSet.noneOf(Section.class);

    UpdateParser(String text, Placeholders placeholders) {
        super(text, "UpdateExpression", placeholders, Problems.UPDATE_ORDER, KEYWORDS);
    }

    List<Ast.Action> parse() {
        return finish(() -> {
            do {
                section();
            } while (peek().kind() != Token.Kind.EOF);
            return List.copyOf(actions);
        });
    }

    private void section() {
        Token keyword = peek();
        if (!isKeyword(keyword)) {
            throw error();
        }
        pos++;
        Section section = Section.valueOf(keyword.text().toUpperCase(Locale.ROOT));
        do {
            switch (section) {
                case SET: set(); break;
                case REMOVE: add(new Ast.Remove(path())); break;
                case ADD: add(new Ast.Add(path(), typed("ADD", value()))); break;
                default: add(new Ast.Delete(path(), typed("DELETE", value()))); break;
            }
        } while (matchSymbol(","));
        if (!seen.add(section)) {
            problems.add(Problems.Category.SECTION,
                    "The \"" + section + "\" section can only be used once in an update expression;");
        }
    }

    private void add(Ast.Action action) {
        checkOverlap(paths, action.path());
        actions.add(action);
    }

    private void set() {
        DocumentPath path = path();
        expectSymbol("=");
        add(new Ast.Set(path, setValue()));
    }

    private Ast.Operand setValue() {
        int start = pos;
        Map<Problems.Category, String> before = problems.snapshot();
        SyntaxError first;
        try {
            Ast.Operand value = sum();
            if (atActionEnd()) {
                return value;
            }
            first = error();
        } catch (SyntaxError e) {
            first = e;
        }
        if (!tokens.get(start).isSymbol("(")) {
            throw first;
        }
        // '(' a + b ')' : the whole value in parentheses
        pos = start;
        problems.restore(before);
        try {
            expectSymbol("(");
            Ast.Operand value = sum();
            expectSymbol(")");
            return value;
        } catch (SyntaxError second) {
            throw second.tokenIndex >= first.tokenIndex ? second : first;
        }
    }

    private boolean atActionEnd() {
        Token t = peek();
        return t.kind() == Token.Kind.EOF || t.isSymbol(",") || isKeyword(t);
    }

    private Ast.Operand sum() {
        Ast.Operand left = operand();
        for (String operator : List.of("+", "-")) {
            if (matchSymbol(operator)) {
                Ast.Operand right = operand();
                numeric(operator, left, right);
                return new Ast.Arithmetic(operator.charAt(0), left, right);
            }
        }
        return left;
    }

    private Ast.Operand operand() {
        if (matchSymbol("(")) {
            Ast.Operand inner = nested(this::term);
            expectSymbol(")");
            return inner;
        }
        return term();
    }

    private Ast.Operand term() {
        if (peek().kind() == Token.Kind.VALUE_PLACEHOLDER) {
            return value();
        }
        if (atIdentifier() && peek(1).isSymbol("(")) {
            return function();
        }
        return new Ast.PathOperand(path());
    }

    private Ast.Call function() {
        String name = peek().text();
        pos += 2;
        List<Ast.Operand> args = nested(() -> {
            List<Ast.Operand> all = new ArrayList<>();
            all.add(operand());
            while (matchSymbol(",")) {
                all.add(operand());
            }
            return all;
        });
        expectSymbol(")");
        checkFunction(name, args);
        return new Ast.Call(name, args);
    }

    private void checkFunction(String name, List<Ast.Operand> args) {
        Integer count = OPERANDS.get(name);
        if (count == null) {
            problems.add(Problems.Category.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
        } else if (count != args.size()) {
            problems.add(Problems.Category.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
                    + "operator or function: " + name + ", number of operands: " + args.size());
        } else if (name.equals("if_not_exists") && !(args.get(0) instanceof Ast.PathOperand)) {
            problems.add(Problems.Category.FUNCTION, "Operator or function requires a document path; operator or function: " + name);
        } else if (name.equals("list_append")) {
            requireType(name, "L", args);
        }
    }

    private void numeric(String operator, Ast.Operand left, Ast.Operand right) {
        requireType(operator, "N", List.of(left, right));
    }

    private void requireType(String function, String type, List<Ast.Operand> args) {
        for (Ast.Operand arg : args) {
            String actual = immediateType(arg);
            if (actual != null && !actual.equals(type)) {
                problems.add(Problems.Category.FUNCTION, "Incorrect operand type for operator or function; "
                        + "operator or function: " + function + ", operand type: " + actual);
                return;
            }
        }
    }

    /** ADD takes a number or a set, DELETE a set. */
    private Ast.ValueOperand typed(String operator, Ast.ValueOperand value) {
        String type = immediateType(value);
        if (type != null && TYPE_WORDS.containsKey(type) && !(operator.equals("ADD") && type.equals("N"))) {
            problems.add(Problems.Category.OPERATOR, "Incorrect operand type for operator or function; operator: "
                    + operator + ", operand type: " + TYPE_WORDS.get(type));
        }
        return value;
    }

    private static String immediateType(Ast.Operand operand) {
        if (operand instanceof Ast.ValueOperand v && v.value() != null) {
            return io.genericrepo.inmemory.value.Values.type(v.value());
        }
        return null;
    }
}
