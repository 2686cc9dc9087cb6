package io.genericrepo.processor.validate;

import io.genericrepo.processor.model.TemplateModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text a key template can render, as a small automaton over characters, so that two
 * templates can be intersected: {@link #commonText} finds a text both render, or proves there is
 * none. Literals are chains of characters; fixed-width parts are their character classes position
 * by position (an int is {@code [-0]} then ten digits); booleans and enums are their constants; a
 * string is any non-empty text without the literal the runtime forbids in it (the literal after
 * it, or, ending the template, the literal before it; a text that merely runs into the literal
 * after it is also allowed here, so the automaton may accept a little more than the runtime: the
 * check errs on the side of reporting).
 */
final class TemplateLanguage {

    /** A set of characters, or all characters but a set. */
    private record Label(boolean negated, String chars) {
        static Label of(char c) {
            return new Label(false, String.valueOf(c));
        }

        /** @return a character in both labels, or -1; '1', '0' and 'a' first, so that examples read as real values */
        int common(Label other) {
            if (!negated) {
                for (char c : ("10a" + chars).toCharArray()) {
                    if (chars.indexOf(c) < 0) {
                        continue;
                    }
                    if (other.accepts(c)) {
                        return c;
                    }
                }
                return -1;
            }
            if (!other.negated) {
                return other.common(this);
            }
            for (char c = 'a'; c < Character.MAX_VALUE; c++) { // both exclude finitely many characters
                if (accepts(c) && other.accepts(c)) {
                    return c;
                }
            }
            return -1;
        }

        boolean accepts(char c) {
            return (chars.indexOf(c) >= 0) != negated;
        }
    }

    /** An edge; a null label moves without reading. */
    private record Edge(Label label, int to) {}

    private static final String DIGITS = "0123456789";
    private static final String HEX = "0123456789abcdef";

    private final List<List<Edge>> edges = new ArrayList<>();
    private int end;

    private TemplateLanguage() {
        state();
    }

    /**
     * @param model a checked template
     * @return the texts it renders
     */
    static TemplateLanguage of(TemplateModel model) {
        TemplateLanguage language = new TemplateLanguage();
        int at = 0;
        List<String> literals = model.literals();
        for (int i = 0; i < literals.size(); i++) {
            at = language.literal(at, literals.get(i));
            if (i < model.parts().size()) {
                boolean ends = i == model.parts().size() - 1 && literals.get(i + 1).isEmpty();
                String forbidden = ends ? literals.get(i) : literals.get(i + 1);
                at = language.part(at, model.parts().get(i), forbidden);
            }
        }
        language.end = at;
        return language;
    }

    private int state() {
        edges.add(new ArrayList<>());
        return edges.size() - 1;
    }

    private int edge(int from, Label label, int to) {
        edges.get(from).add(new Edge(label, to));
        return to;
    }

    private int literal(int at, String text) {
        for (char c : text.toCharArray()) {
            at = edge(at, Label.of(c), state());
        }
        return at;
    }

    private int part(int at, TemplateModel.Part part, String forbidden) {
        return switch (part.kind()) {
            case INTEGER -> pattern(at, "s" + "d".repeat(10));
            case LONG -> pattern(at, "s" + "d".repeat(19));
            case INSTANT -> pattern(at, "dddd-dd-ddTdd:dd:dd.dddddddddZ");
            case LOCAL_DATE -> pattern(at, "dddd-dd-dd");
            case UUID -> pattern(at, "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh");
            case BOOLEAN, ENUM -> words(at, part.constants());
            case STRING -> string(at, forbidden);
        };
    }

    /** {@code d} a digit, {@code h} a hex digit, {@code s} a sign ('-' or '0'), else itself. */
    private int pattern(int at, String pattern) {
        for (char p : pattern.toCharArray()) {
            Label label = switch (p) {
                case 'd' -> new Label(false, DIGITS);
                case 'h' -> new Label(false, HEX);
                case 's' -> new Label(false, "-0");
                default -> Label.of(p);
            };
            at = edge(at, label, state());
        }
        return at;
    }

    private int words(int at, List<String> words) {
        int out = state();
        for (String word : words) {
            edge(literal(at, word), null, out);
        }
        return out;
    }

    /** Non-empty texts without {@code forbidden}: a matcher of its prefixes, as in Knuth-Morris-Pratt. */
    private int string(int at, String forbidden) {
        int out = state();
        if (forbidden.isEmpty()) {
            int loop = edge(at, new Label(true, ""), state());
            edge(loop, new Label(true, ""), loop);
            edge(loop, null, out);
            return out;
        }
        int m = forbidden.length();
        int[] matched = new int[m]; // matched[k]: the state after reading text whose longest end that starts forbidden is k long
        for (int k = 0; k < m; k++) {
            matched[k] = state();
            edge(matched[k], null, out);
        }
        String distinct = forbidden.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        for (int from = -1; from < m; from++) {
            int k = Math.max(from, 0);
            int source = from < 0 ? at : matched[k];
            edge(source, new Label(true, distinct), matched[0]); // first, so that examples use ordinary letters
            for (char c : distinct.toCharArray()) {
                int next = longestPrefixEnding(forbidden, forbidden.substring(0, k) + c);
                if (next < m) {
                    edge(source, Label.of(c), matched[next]);
                }
            }
        }
        return out;
    }

    private static int longestPrefixEnding(String forbidden, String text) {
        for (int len = Math.min(forbidden.length(), text.length()); len > 0; len--) {
            if (text.endsWith(forbidden.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    /**
     * @param other another template's texts
     * @return a shortest text both render, or empty when they share none
     */
    Optional<String> commonText(TemplateLanguage other) {
        int width = other.edges.size();
        Map<Long, long[]> parent = new HashMap<>(); // pair -> {previous pair, character or -1}
        ArrayDeque<Long> queue = new ArrayDeque<>();
        long first = 0;
        parent.put(first, new long[] {-1, -1});
        queue.add(first);
        while (!queue.isEmpty()) {
            long pair = queue.poll();
            int a = (int) (pair / width);
            int b = (int) (pair % width);
            if (a == end && b == other.end) {
                return Optional.of(text(parent, pair));
            }
            for (Edge ea : edges.get(a)) {
                if (ea.label() == null) {
                    visit(parent, queue, pair, (long) ea.to() * width + b, -1);
                    continue;
                }
                for (Edge eb : other.edges.get(b)) {
                    if (eb.label() == null) {
                        continue;
                    }
                    int c = ea.label().common(eb.label());
                    if (c >= 0) {
                        visit(parent, queue, pair, (long) ea.to() * width + eb.to(), c);
                    }
                }
            }
            for (Edge eb : other.edges.get(b)) {
                if (eb.label() == null) {
                    visit(parent, queue, pair, (long) a * width + eb.to(), -1);
                }
            }
        }
        return Optional.empty();
    }

    private static void visit(Map<Long, long[]> parent, ArrayDeque<Long> queue, long from, long to, int c) {
        if (!parent.containsKey(to)) {
            parent.put(to, new long[] {from, c});
            queue.add(to);
        }
    }

    private static String text(Map<Long, long[]> parent, long pair) {
        StringBuilder b = new StringBuilder();
        for (long at = pair; parent.get(at)[0] >= 0; at = parent.get(at)[0]) {
            long c = parent.get(at)[1];
            if (c >= 0) {
                b.append((char) c);
            }
        }
        return b.reverse().toString();
    }

}
