package io.genericrepo.inmemory.expression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Copies the parts of an item at some document paths into a new item that keeps their nesting:
 * {@code a.b} comes back as {@code {a: {b: ...}}} and the list elements {@code l[3], l[1]} as
 * {@code {l: [l[1], l[3]]}} (the projected elements, in list order). Paths with no value are left
 * out. The paths must not overlap (the parsers refuse that).
 */
final class ProjectionBuilder {

    private ProjectionBuilder() {}

    static Map<String, AttributeValue> project(List<DocumentPath> paths, Map<String, AttributeValue> item) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue value = DocumentPaths.get(item, path);
            if (value != null) {
                place(root, path.steps(), value);
            }
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        root.forEach((name, node) -> projected.put(name, build(node)));
        return projected;
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> root, List<DocumentPath.Step> steps, AttributeValue value) {
        Object container = root;
        for (int i = 0; i < steps.size(); i++) {
            DocumentPath.Step step = steps.get(i);
            Object key = step instanceof DocumentPath.Key k ? k.name() : (Object) ((DocumentPath.Index) step).index();
            Map<Object, Object> map = (Map<Object, Object>) container;
            if (i == steps.size() - 1) {
                map.put(key, value);
            } else {
                boolean nextIsIndex = steps.get(i + 1) instanceof DocumentPath.Index;
                container = map.computeIfAbsent(key, k -> nextIsIndex ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            return AttributeValue.fromL(list.values().stream().map(ProjectionBuilder::build).collect(Collectors.toList()));
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, v) -> map.put(k, build(v)));
        return AttributeValue.fromM(map);
    }
}
