package io.genericrepo.inmemory.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of condition, filter and key condition expressions, one method per rule; precedence
 * climbs OR, AND, NOT, then a comparison, BETWEEN, IN or function:
 *
 * <pre>
 * condition  := or EOF
 * or         := and ( OR and )*
 * and        := not ( AND not )*
 * not        := NOT primary | primary
 * primary    := simple | '(' or ')'
 * simple     := operand ( comparator operand | BETWEEN operand AND operand | IN '(' operands ')' ) | function
 * operand    := '(' operand ')' | function | :value | path
 * function   := NAME '(' operands ')'
 * </pre>
 *
 * The semantic checks ({@link ConditionChecks}) record DynamoDB's problems as they go.
 */
final class ConditionParser extends ParserBase {

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");

    /** Conditions that were written in parentheses, to find redundant ones like {@code ((a = b))}. */
    private final Set<Ast.Condition> parenthesised = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ConditionChecks checks = new ConditionChecks(problems);

    ConditionParser(String text, String kind, Placeholders placeholders) {
        super(text, kind, placeholders, Problems.CONDITION_ORDER, KEYWORDS);
    }

    Ast.Condition parse() {
        int operators = operatorCount();
        if (operators > MAX_OPERATORS) {
            throw tooManyOperators(operators);
        }
        return finish(() -> {
            Ast.Condition condition = or();
            expectEnd();
            return condition;
        });
    }

    private Ast.Condition or() {
        Ast.Condition left = and();
        while (matchKeyword("OR")) {
            left = new Ast.Or(left, and());
        }
        return left;
    }

    private Ast.Condition and() {
        Ast.Condition left = not();
        while (matchKeyword("AND")) {
            left = new Ast.And(left, not());
        }
        return left;
    }

    private Ast.Condition not() {
        if (matchKeyword("NOT")) {
            return nested(() -> new Ast.Not(primary()));
        }
        return primary();
    }

    private Ast.Condition primary() {
        if (!atSymbol("(")) {
            return simple();
        }
        // '(' starts either an operand in parentheses or a condition in parentheses: try the first
        int start = pos;
        Map<Problems.Category, String> before = problems.snapshot();
        try {
            return simple();
        } catch (SyntaxError asOperand) {
            pos = start;
            problems.restore(before);
            try {
                expectSymbol("(");
                Ast.Condition inner = nested(this::or);
                expectSymbol(")");
                if (!parenthesised.add(inner)) {
                    problems.add(Problems.Category.REDUNDANT_PARENS, "The expression has redundant parentheses;");
                }
                return inner;
            } catch (SyntaxError asCondition) {
                throw asCondition.tokenIndex >= asOperand.tokenIndex ? asCondition : asOperand;
            }
        }
    }

    private Ast.Condition simple() {
        Ast.Operand left = operand();
        Token t = peek();
        if (t.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(t.text())) {
            pos++;
            Ast.Operand right = operand();
            checks.comparison(t.text(), left, right);
            return new Ast.Compare(t.text(), left, right);
        }
        if (matchKeyword("BETWEEN")) {
            Ast.Operand low = operand();
            if (!matchKeyword("AND")) {
                throw error();
            }
            Ast.Operand high = operand();
            checks.between(left, low, high);
            return new Ast.Between(left, low, high);
        }
        if (matchKeyword("IN")) {
            expectSymbol("(");
            List<Ast.Operand> candidates = operands();
            expectSymbol(")");
            checks.in(left, candidates);
            return new Ast.In(left, candidates);
        }
        if (left instanceof Ast.Call call) {
            checks.usedAsCondition(call);
            return new Ast.Function(call.name(), call.args());
        }
        throw error();
    }

    private Ast.Operand operand() {
        if (matchSymbol("(")) {
            boolean redundant = atSymbol("(");
            Ast.Operand inner = nested(this::operand);
            expectSymbol(")");
            if (redundant) {
                problems.add(Problems.Category.REDUNDANT_PARENS, "The expression has redundant parentheses;");
            }
            return inner;
        }
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
        List<Ast.Operand> args = nested(this::operands);
        expectSymbol(")");
        Ast.Call call = new Ast.Call(name, args);
        checks.function(call);
        return call;
    }

    private List<Ast.Operand> operands() {
        List<Ast.Operand> operands = new ArrayList<>();
        operands.add(operand());
        while (matchSymbol(",")) {
            operands.add(operand());
        }
        return operands;
    }
}
