package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Reading and (copy-on-write) writing the value at a document path of an item. Writes rebuild the
 * maps and lists along the path and leave the given item unchanged. A write whose parent does not
 * exist, or is not a map (for a key) or a list (for an index), is DynamoDB's "invalid for update".
 */
final class DocumentPaths {

    private DocumentPaths() {}

    /** @return the value at the path, or null when any step is missing or of the wrong kind */
    static AttributeValue get(Map<String, AttributeValue> item, DocumentPath path) {
        AttributeValue current = item.get(path.topLevel());
        for (int i = 1; i < path.steps().size() && current != null; i++) {
            current = child(current, path.steps().get(i));
        }
        return current;
    }

    private static AttributeValue child(AttributeValue container, DocumentPath.Step step) {
        if (step instanceof DocumentPath.Key key) {
            return container.hasM() ? container.m().get(key.name()) : null;
        }
        int index = ((DocumentPath.Index) step).index();
        return container.hasL() && index < container.l().size() ? container.l().get(index) : null;
    }

    /**
     * @return a copy of the item with {@code value} at the path; an index past a list's end appends
     * @throws DynamoDbException when the path's parent does not exist or has the wrong type
     */
    static Map<String, AttributeValue> set(Map<String, AttributeValue> item, DocumentPath path, AttributeValue value) {
        return write(item, path, value);
    }

    /**
     * @return a copy of the item without the value at the path (a list's later elements shift down);
     *     a missing last step changes nothing
     * @throws DynamoDbException when the path's parent does not exist or has the wrong type
     */
    static Map<String, AttributeValue> remove(Map<String, AttributeValue> item, DocumentPath path) {
        return write(item, path, null);
    }

    private static Map<String, AttributeValue> write(Map<String, AttributeValue> item, DocumentPath path, AttributeValue value) {
        AttributeValue root = AttributeValue.fromM(new LinkedHashMap<>(item));
        return write(root, path.steps(), 0, value).m();
    }

    private static AttributeValue write(AttributeValue container, List<DocumentPath.Step> steps, int i, AttributeValue value) {
        DocumentPath.Step step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof DocumentPath.Key key) {
            if (!container.hasM()) {
                throw invalidPath();
            }
            Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
            if (last) {
                if (value == null) {
                    map.remove(key.name());
                } else {
                    map.put(key.name(), value);
                }
            } else {
                AttributeValue child = map.get(key.name());
                if (child == null) {
                    throw invalidPath();
                }
                map.put(key.name(), write(child, steps, i + 1, value));
            }
            return AttributeValue.fromM(map);
        }
        int index = ((DocumentPath.Index) step).index();
        if (!container.hasL()) {
            throw invalidPath();
        }
        List<AttributeValue> list = new ArrayList<>(container.l());
        if (last) {
            if (value == null) {
                if (index < list.size()) {
                    list.remove(index);
                }
            } else if (index < list.size()) {
                list.set(index, value);
            } else {
                list.add(value);
            }
        } else {
            if (index >= list.size()) {
                throw invalidPath();
            }
            list.set(index, write(list.get(index), steps, i + 1, value));
        }
        return AttributeValue.fromL(list);
    }

    static DynamoDbException invalidPath() {
        return Errors.validation("The document path provided in the update expression is invalid for update");
    }
}
