package io.genericrepo.inmemory.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The grammar of projection expressions, {@code projection := path (',' path)* EOF}, refusing
 * overlapping and conflicting paths as DynamoDB does.
 */
final class ProjectionParser extends ParserBase {

    ProjectionParser(String text, Placeholders placeholders) {
        super(text, "ProjectionExpression", placeholders, Problems.PROJECTION_ORDER, Set.of());
    }

    Projection parse() {
        List<DocumentPath> paths = finish(() -> {
            List<DocumentPath> seen = new ArrayList<>();
            do {
                checkOverlap(seen, path());
            } while (matchSymbol(","));
            expectEnd();
            return List.copyOf(seen);
        });
        Set<String> topLevel = new LinkedHashSet<>();
        paths.forEach(p -> topLevel.add(p.topLevel()));
        return new Projection() {
            @Override
            public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
                return ProjectionBuilder.project(paths, item);
            }

            @Override
            public Set<String> topLevelAttributes() {
                return Collections.unmodifiableSet(topLevel);
            }
        };
    }
}
