package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.Filters;
import io.genericrepo.Update;
import io.genericrepo.it.model.Odd;
import io.genericrepo.it.model.OddKey;
import io.genericrepo.it.model.OddRepository;
import io.genericrepo.it.model.Odd_;
import io.genericrepo.testing.BackendExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Attribute names that are reserved words ({@code key}, {@code order}, {@code SIZE}) or contain
 * {@code -}, {@code .}, spaces, {@code #}, {@code :} and unicode work in every expression: key
 * conditions, filters, conditions, updates and projections.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributeNamesTest {

    private final DynamoDbClient client;
    private OddRepository odd;

    AttributeNamesTest(DynamoDbClient client) {
        this.client = client;
    }

    @BeforeAll
    void fill() {
        odd = OddRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("odd")).build();
        odd.createTable();
        for (int i = 1; i <= 3; i++) {
            odd.save(new Odd("k", "o" + i, "dash" + i, "dot" + i, "space " + i, "#" + i, i, "ü" + i, List.of("s" + i)));
        }
    }

    @AfterAll
    void close() {
        odd.close();
    }

    @Test
    void everyExpressionKindWorksWithOddNames() {
        assertEquals(List.of("o2"), odd.query("k").sortKey(Odd_.order.eq("o2"))
                .filter(Odd_.dash.eq("dash2").and(Odd_.dot.eq("dot2")).and(Odd_.space.eq("space 2"))
                        .and(Odd_.hash.eq("#2")).and(Odd_.colon.eq(2)).and(Odd_.unicode.eq("ü2"))
                        .and(Odd_.size.contains("s2")).and(Odd_.size.size().eq(1)))
                .list().stream().map(Odd::order).toList());
        Odd changed = odd.update(new OddKey("k", "o3"), Update.of(Odd_.dot.set("new.dot"), Odd_.colon.increment(10),
                Odd_.size.append("more"), Odd_.hash.remove()), Odd_.unicode.eq("ü3").and(Odd_.space.exists()));
        assertEquals(new Odd("k", "o3", "dash3", "new.dot", "space 3", null, 13, "ü3", List.of("s3", "more")), changed);
        Odd projected = odd.query("k").sortKey(Odd_.order.eq("o1")).project(Odd_.dot, Odd_.space).first().orElseThrow();
        assertEquals(new Odd("k", "o1", null, "dot1", "space 1", null, 0, null, null), projected);
        assertEquals(1, odd.scan().filter(Filters.fromMap(Odd_.SCHEMA, Map.of("a.b", "dot1", ":y", Map.of("lt", 2))))
                .count());
    }
}
