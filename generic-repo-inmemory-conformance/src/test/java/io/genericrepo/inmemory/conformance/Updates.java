package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random UpdateExpressions with every action: SET (values, copies of other paths, {@code +} and
 * {@code -}, {@code if_not_exists}, {@code list_append} either way round), REMOVE (attributes,
 * nested members, list elements), ADD (numbers and sets) and DELETE (sets), on top-level and nested
 * paths, never two overlapping paths and never a key attribute (those are the invalid generator's).
 * Index key attributes get values of their index type.
 */
final class Updates {

    private final Domain domain;
    private final Placeholders placeholders;
    private final Set<String> indexKeys;
    private final List<List<Object>> used = new ArrayList<>();
    /** Paths an action reads that another action must not write (see {@link #copySources}). */
    private final List<List<Object>> read = new ArrayList<>();

    Updates(Domain domain, Placeholders placeholders, Set<String> indexKeys) {
        this.domain = domain;
        this.placeholders = placeholders;
        this.indexKeys = indexKeys;
    }

    String expression() {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        int actions = 1 + domain.random().nextInt(3);
        for (int i = 0; i < actions; i++) {
            switch (domain.random().nextInt(7)) {
                case 0, 1, 2 -> set(sets);
                case 3, 4 -> remove(removes);
                case 5 -> add(adds);
                default -> delete(deletes);
            }
        }
        List<String> clauses = new ArrayList<>();
        clause(clauses, "SET ", sets);
        clause(clauses, "REMOVE ", removes);
        clause(clauses, "ADD ", adds);
        clause(clauses, "DELETE ", deletes);
        if (clauses.isEmpty()) {
            return "SET " + placeholders.path(List.of("a")) + " = " + placeholders.value(domain.s("x"));
        }
        Collections.shuffle(clauses, domain.random());
        return String.join(" ", clauses);
    }

    private static void clause(List<String> clauses, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            clauses.add(keyword + String.join(", ", actions));
        }
    }

    private void set(List<String> actions) {
        Paths.Path path = fresh(Paths.NON_KEY);
        if (path == null) {
            return;
        }
        String p = placeholders.path(path.elements());
        if (indexKeys.contains(path.first())) {
            actions.add(p + " = " + placeholders.value(domain.indexKey(path.first())));
            return;
        }
        String operand = switch (domain.random().nextInt(9)) {
            case 0, 1, 2 -> placeholders.value(domain.forAttribute(path.first()));
            case 3 -> placeholders.path(reads(domain.pick(copySources(path)).elements()));
            case 4 -> (domain.chance(0.5) ? placeholders.path(path.elements()) : "if_not_exists(" + placeholders.path(path.elements())
                    + ", " + placeholders.value(domain.n("0")) + ")") + " + " + placeholders.value(domain.n(domain.number()));
            case 5 -> (domain.chance(0.5) && !overlapsAny(List.of("n"), others(path))
                    ? placeholders.path(reads(List.of("n"))) : placeholders.value(domain.n(domain.number())))
                    + " - " + placeholders.value(domain.n(domain.number()));
            case 6 -> "if_not_exists(" + placeholders.path(path.elements()) + ", "
                    + placeholders.value(domain.forAttribute(path.first())) + ")";
            case 7 -> "list_append(" + placeholders.path(path.elements()) + ", " + placeholders.value(domain.list(1)) + ")";
            default -> "list_append(" + placeholders.value(domain.list(1)) + ", "
                    + (domain.chance(0.5) ? "if_not_exists(" + placeholders.path(path.elements()) + ", "
                    + placeholders.value(AttributeValue.fromL(List.of())) + ")" : placeholders.path(path.elements())) + ")";
        };
        actions.add(p + " = " + operand);
    }

    /**
     * The paths a SET may copy into {@code target}: not the target's own ancestors, and nothing
     * another action of this update writes. DynamoDB reads every operand from the item as it was
     * before the update (the engine does: UpdateItemTest). dynalite 4.0.0 differs twice: a map or
     * list copied into its own member becomes a circular object and its process dies of a stack
     * overflow (itemSize in db/index.js), so every later operation of the run mismatched (seed
     * 18957653009526, operation 684: SET doc.lst = doc); and it applies the actions one after
     * another, so a copy reads what an earlier action wrote (seed 22218288688985, operation 3615:
     * SET lst[0] = :v0, #a.b = lst). Later actions do not write a path read here either ({@link #claim}).
     */
    private List<Paths.Path> copySources(Paths.Path target) {
        List<List<Object>> others = others(target);
        return Paths.ALL.stream().filter(p -> !isProperPrefix(p.elements(), target.elements())
                && !overlapsAny(p.elements(), others)).toList();
    }

    /** @return the paths the other actions of this update write */
    private List<List<Object>> others(Paths.Path target) {
        return used.stream().filter(u -> !u.equals(target.elements())).toList();
    }

    private List<Object> reads(List<Object> path) {
        read.add(path);
        return path;
    }

    private static boolean overlapsAny(List<Object> path, List<List<Object>> paths) {
        return paths.stream().anyMatch(other -> overlap(path, other));
    }

    /** Equal, or one a prefix of the other. */
    private static boolean overlap(List<Object> a, List<Object> b) {
        int common = Math.min(a.size(), b.size());
        return a.subList(0, common).equals(b.subList(0, common));
    }

    private static boolean isProperPrefix(List<Object> prefix, List<Object> path) {
        return prefix.size() < path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private void remove(List<String> actions) {
        Paths.Path path = fresh(Paths.NON_KEY.stream().filter(p -> !indexKeys.contains(p.first()) || domain.chance(0.3)).toList());
        if (path != null) {
            actions.add(placeholders.path(path.elements()));
        }
    }

    private void add(List<String> actions) {
        String attribute = domain.pick(List.of("n", "tags", "nums", "bins", "zz", "n", "tags", "a"));
        if (!claim(List.of(attribute))) {
            return;
        }
        AttributeValue operand = switch (attribute) {
            case "n", "zz" -> domain.n(domain.number());
            case "tags" -> domain.ofType("SS");
            case "nums" -> domain.ofType("NS");
            case "bins" -> domain.ofType("BS");
            default -> domain.ofType("any");
        };
        actions.add(placeholders.path(List.of(attribute)) + " " + placeholders.value(operand));
    }

    private void delete(List<String> actions) {
        String attribute = domain.pick(List.of("tags", "nums", "bins", "zz"));
        if (!claim(List.of(attribute))) {
            return;
        }
        AttributeValue operand = switch (attribute) {
            case "tags", "zz" -> domain.ofType("SS");
            case "nums" -> domain.ofType("NS");
            default -> domain.ofType("BS");
        };
        actions.add(placeholders.path(List.of(attribute)) + " " + placeholders.value(operand));
    }

    private Paths.Path fresh(List<Paths.Path> candidates) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Paths.Path path = domain.pick(candidates);
            if (claim(path.elements())) {
                return path;
            }
        }
        return null;
    }

    /** Takes a path unless it overlaps one already written or read by another action. */
    private boolean claim(List<Object> path) {
        if (overlapsAny(path, used) || overlapsAny(path, read)) {
            return false;
        }
        used.add(path);
        return true;
    }
}
