package io.genericrepo.processor.validate;

import io.genericrepo.processor.collect.Annotations.Named;
import io.genericrepo.processor.collect.Component;
import io.genericrepo.processor.model.TypeResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/** Checks the secondary indexes declared with {@code @IndexPartitionKey} and {@code @IndexSortKey}. */
final class IndexValidator {

    private final KeyValidator keys;

    IndexValidator(TypeResolver resolver) {
        this.keys = new KeyValidator(resolver);
    }

    /** A component's place in one index. */
    private record Use(Component component, Named name, boolean partition) {}

    void validate(List<Component> components, ValidationReport report) {
        Map<String, List<Use>> byIndex = new TreeMap<>();
        Set<String> namesReported = new HashSet<>();
        boolean tableHasSortKey = components.stream().anyMatch(c -> c.sortKey() != null);
        for (Component c : components) {
            for (Named n : c.indexPartitionKeys()) {
                byIndex.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(new Use(c, n, true));
            }
            for (Named n : c.indexSortKeys()) {
                byIndex.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(new Use(c, n, false));
            }
            if (c.indexPartitionKey() != null) {
                keys.checkKeyType(c, c.indexPartitionKey(), Message.INDEX_KEY_TYPE, report);
            } else if (c.indexSortKey() != null) {
                keys.checkKeyType(c, c.indexSortKey(), Message.INDEX_KEY_TYPE, report);
            }
        }
        byIndex.forEach((index, uses) -> {
            Use first = uses.get(0);
            if (!RecordValidator.NAME.matcher(index).matches() && namesReported.add(index)) {
                report.error(Message.INDEX_NAME.format(index), first.component().element(), annotation(first),
                        first.name().value());
            }
            List<Use> partitions = uses.stream().filter(Use::partition).collect(Collectors.toList());
            List<Use> sorts = uses.stream().filter(u -> !u.partition()).collect(Collectors.toList());
            duplicates(partitions, Message.DUPLICATE_INDEX_PARTITION_KEY, index, report);
            duplicates(sorts, Message.DUPLICATE_INDEX_SORT_KEY, index, report);
            for (Use p : partitions) {
                for (Use s : sorts) {
                    if (p.component() == s.component()) {
                        report.error(Message.INDEX_KEY_TWICE.format(s.component().name(), index),
                                s.component().element(), annotation(s), s.name().value());
                    }
                }
            }
            if (partitions.isEmpty() && !tableHasSortKey) {
                Use s = sorts.get(0);
                report.error(Message.LOCAL_INDEX_WITHOUT_SORT_KEY.format(index, index), s.component().element(),
                        annotation(s), s.name().value());
            }
        });
    }

    private static void duplicates(List<Use> uses, Message message, String index, ValidationReport report) {
        String names = uses.stream().map(u -> u.component().name()).collect(Collectors.joining(", "));
        for (Use extra : uses.subList(Math.min(1, uses.size()), uses.size())) {
            report.error(message.format(index, names), extra.component().element(), annotation(extra),
                    extra.name().value());
        }
    }

    private static AnnotationMirror annotation(Use use) {
        return use.partition() ? use.component().indexPartitionKey() : use.component().indexSortKey();
    }
}
