package io.genericrepo.inmemory.conformance;

import java.util.List;

/**
 * The document paths expressions refer to, each with the type its values usually have: top-level
 * attributes (keys, reserved words, a name with a dot, a missing one), nested map members and list
 * elements (in and out of range).
 */
final class Paths {

    /** A path and the value type it usually holds ({@code "any"} when it varies). */
    record Path(List<Object> elements, String type) {
        String first() {
            return (String) elements.get(0);
        }
    }

    static final List<Path> ALL = List.of(
            p("S", "pk"), p("sort", "sk"), p("S", "a"), p("N", "n"), p("B", "b"), p("BOOL", "flag"), p("NULL", "nul"),
            p("SS", "tags"), p("NS", "nums"), p("BS", "bins"), p("L", "lst"), p("M", "doc"), p("S", "status"),
            p("S", "name"), p("S", "a.b"), p("S", "gp"), p("N", "gs"), p("S", "ls"), p("any", "zz"),
            p("S", "doc", "a"), p("N", "doc", "n"), p("S", "doc", "name"), p("M", "doc", "deep"), p("N", "doc", "deep", "y"),
            p("L", "doc", "lst"), p("any", "doc", "lst", 0), p("any", "lst", 0), p("any", "lst", 1), p("any", "lst", 3));

    /** Paths an update may write: no keys, and for this table no index keys (whose types are fixed). */
    static final List<Path> NON_KEY = ALL.stream()
            .filter(p -> !List.of("pk", "sk").contains(p.first()))
            .toList();

    private Paths() {}

    private static Path p(String type, Object... elements) {
        return new Path(List.of(elements), type);
    }
}
