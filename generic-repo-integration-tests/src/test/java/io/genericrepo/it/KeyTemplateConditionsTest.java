package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Condition;
import io.genericrepo.internal.expression.ExpressionWriter;
import io.genericrepo.internal.keys.KeyParts;
import io.genericrepo.internal.keys.KeyTemplate;
import io.genericrepo.internal.keys.KeyTexts;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.KeyTemplatePath;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import io.genericrepo.testing.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Every condition of {@link KeyTemplatePath}, run as a key condition on each backend against
 * a partition holding the template's keys and other entities' keys around them: the keys a
 * condition selects (among the template's, as a typed view's type filter keeps) must be exactly
 * those whose component satisfies it, and other entities' keys may only come in at the documented
 * edges.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyTemplateConditionsTest {

    private final String table = BackendExtension.uniqueTableName("keys");
    private static final List<Instant> INSTANTS = List.of(Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2025-12-31T23:59:59.999999999Z"), Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T00:00:00.000000001Z"), Instant.parse("2026-06-15T12:00:00Z"),
            Instant.parse("2026-12-31T23:59:59.999999999Z"), Instant.parse("2027-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"));
    private static final List<String> STRINGS = List.of("a", "a!", "a b", "ab", "a~", "b", "z", "é", "😀", "\uFFFF",
            "A", "0");
    private static final List<Integer> INTS = List.of(Integer.MIN_VALUE, -100, -1, 0, 1, 9, 10, 100, Integer.MAX_VALUE);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 2, 1), LocalDate.of(9999, 12, 31));
    /** Keys of other entities around the templates' prefixes. */
    private static final List<String> FOREIGN = List.of("ORDER", "ORDER#", "ORDER$", "ORDEQ", "ORDER#~", "ORDER#0",
            "ORDER#2026-06-15T12:00:00.000000000Z#a#LINE#00000000001", "N#", "N$", "N#-", "S#", "S$", "PROFILE", "A",
            "0", "2026-02-01#", "9999-12-31#99999999999#X", "~");

    private static final KeyTemplate ORDER = KeyTemplate.parse("ORDER#{placedAt}#{orderId}", "sk",
            KeyTemplate.Role.SORT_KEY, "placedAt", "orderId");
    private static final KeyTemplate NUMBERED = KeyTemplate.parse("N#{n}", "sk", KeyTemplate.Role.SORT_KEY, "n");
    private static final KeyTemplate NAMED = KeyTemplate.parse("S#{name}", "sk", KeyTemplate.Role.SORT_KEY, "name");
    private static final KeyTemplate DAILY = KeyTemplate.parse("{day}#{n}#X", "sk", KeyTemplate.Role.SORT_KEY, "day",
            "n");

    private final DynamoDbClient client;
    /** The sort keys of each template's items, with the values they were rendered from. */
    private final Map<String, Map<String, List<Object>>> items = new HashMap<>();

    /** Dynalite orders strings by UTF-16 units, not UTF-8 bytes (KnownDivergences.UTF16_STRING_ORDER): no emoji there. */
    private final boolean utf16Order;

    KeyTemplateConditionsTest(Backend backend) {
        this.client = backend.client();
        this.utf16Order = backend.kind() == Backend.Kind.DYNALITE;
    }

    private List<String> strings(List<String> all) {
        return utf16Order ? all.stream().filter(t -> t.codePoints().allMatch(Character::isBmpCodePoint)).toList() : all;
    }

    @BeforeAll
    void fill() {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build()));
        Tables.awaitActive(client, table); // dynalite answers CREATING and turns ACTIVE on a later tick
        for (Instant at : INSTANTS) {
            for (String id : strings(STRINGS)) {
                put("order", ORDER.render(KeyParts.INSTANT.write(at), id), List.of(at, id));
            }
        }
        for (int n : INTS) {
            put("numbered", NUMBERED.render(KeyParts.INTEGER.write(n)), List.of(n));
        }
        for (String name : strings(STRINGS)) {
            put("named", NAMED.render(name), List.of(name));
        }
        for (LocalDate day : DATES) {
            for (int n : INTS) {
                put("daily", DAILY.render(KeyParts.LOCAL_DATE.write(day), KeyParts.INTEGER.write(n)), List.of(day, n));
            }
        }
        FOREIGN.forEach(sk -> put("other", sk, List.of()));
    }

    private void put(String type, String sk, List<Object> values) {
        client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS(sk),
                "type", AttributeValue.fromS(type))));
        items.computeIfAbsent(type, t -> new HashMap<>()).put(sk, values);
    }

    @Test
    void conditionsOnAnInstantThatIsFollowedByMoreKey() {
        KeyTemplatePath<Object, Instant> placedAt = KeyTemplatePath.of(ORDER, KeyParts.INSTANT);
        for (Instant p : INSTANTS) {
            checkAll("order", placedAt, p, 0, Comparator.<Instant>naturalOrder());
        }
        Instant mid = Instant.parse("2026-03-01T00:00:00Z"); // not a stored value
        checkAll("order", placedAt, mid, 0, Comparator.<Instant>naturalOrder());
        // all orders placed in 2026
        check("order", placedAt.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.999999999Z")),
                v -> ((Instant) v.get(0)).atZone(java.time.ZoneOffset.UTC).getYear() == 2026);
    }

    @Test
    void conditionsOnAStringThatEndsTheTemplateAfterAFixedInstant() {
        for (Instant at : List.of(INSTANTS.get(0), INSTANTS.get(4), INSTANTS.get(7))) {
            KeyTemplatePath.Text<Object> orderId = KeyTemplatePath.of(ORDER, KeyParts.INSTANT).with(at).thenText();
            for (String p : strings(List.of("a", "a!", "ab", "a~", "b", "é", "😀", "\uFFFF", "0", "aa", "zz"))) {
                BiFunction<List<Object>, Integer, Boolean> sameInstant = (v, c) -> v.get(0).equals(at);
                checkAll("order", orderId, p, 1, KeyTexts::compare, sameInstant);
                check("order", orderId.beginsWith(p), v -> v.get(0).equals(at) && ((String) v.get(1)).startsWith(p));
            }
            check("order", KeyTemplatePath.of(ORDER, KeyParts.INSTANT).with(at).all(), v -> v.get(0).equals(at));
        }
    }

    @Test
    void conditionsOnAnIntThatEndsTheTemplate() {
        KeyTemplatePath<Object, Integer> n = KeyTemplatePath.of(NUMBERED, KeyParts.INTEGER);
        for (int p : List.of(Integer.MIN_VALUE, -101, -100, -1, 0, 5, 9, 10, Integer.MAX_VALUE)) {
            checkAll("numbered", n, p, 0, Comparator.<Integer>naturalOrder());
        }
    }

    @Test
    void conditionsOnAStringThatEndsTheTemplate() {
        KeyTemplatePath.Text<Object> name = KeyTemplatePath.ofText(NAMED);
        for (String p : strings(List.of("a", "a!", "a b", "ab", "aa", "b", "é", "😀", "\uFFFF", "0", "A", "zzz"))) {
            checkAll("named", name, p, 0, KeyTexts::compare);
            check("named", name.beginsWith(p), v -> ((String) v.get(0)).startsWith(p));
        }
    }

    @Test
    void conditionsWhenTheTemplateStartsWithAComponentAndEndsWithALiteral() {
        KeyTemplatePath<Object, LocalDate> day = KeyTemplatePath.of(DAILY, KeyParts.LOCAL_DATE);
        for (LocalDate p : List.of(LocalDate.of(1, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 15),
                LocalDate.of(9999, 12, 31))) {
            checkAll("daily", day, p, 0, Comparator.<LocalDate>naturalOrder());
            KeyTemplatePath<Object, Integer> n = day.with(p).then(KeyParts.INTEGER);
            for (int q : List.of(Integer.MIN_VALUE, -1, 0, 10, Integer.MAX_VALUE)) {
                checkAll("daily", n, q, 1, Comparator.<Integer>naturalOrder(), (v, c) -> v.get(0).equals(p));
            }
        }
    }

    @Test
    void otherEntitiesKeysComeInOnlyWithThePrefixOrAtTheEdge() {
        KeyTemplatePath<Object, Instant> placedAt = KeyTemplatePath.of(ORDER, KeyParts.INSTANT);
        Instant p = INSTANTS.get(4);
        KeyTemplatePath.Text<Object> orderId = placedAt.with(p).thenText();
        for (Condition<Object> c : List.of(placedAt.le(p), placedAt.lt(p), placedAt.ge(p), placedAt.gt(p),
                placedAt.between(INSTANTS.get(1), p), placedAt.eq(p), orderId.lt("b"), orderId.gt("a"), orderId.le("b"),
                orderId.ge("a"))) {
            for (String foreign : query("other", c)) {
                assertTrue(foreign.startsWith("ORDER#") || foreign.equals("ORDER$"), foreign + " matched "
                        + c);
            }
        }
        // from the least order key to "ORDER$": another entity's key sharing the prefix, and the edge itself
        assertEquals(new TreeSet<>(List.of("ORDER#2026-06-15T12:00:00.000000000Z#a#LINE#00000000001", "ORDER#~",
                "ORDER$")), query("other", placedAt.ge(INSTANTS.get(0))));
        assertEquals(new TreeSet<>(List.of("S#")), query("other", KeyTemplatePath.ofText(NAMED).lt("b")));
    }

    private <V> void checkAll(String type, KeyTemplatePath<Object, V> path, V pivot, int at,
            Comparator<? super V> order) {
        checkAll(type, path, pivot, at, order, (v, c) -> true);
    }

    @SuppressWarnings("unchecked")
    private <V> void checkAll(String type, KeyTemplatePath<Object, V> path, V pivot, int at,
            Comparator<? super V> order, BiFunction<List<Object>, Integer, Boolean> scope) {
        Function<List<Object>, Integer> cmp = v -> order.compare((V) v.get(at), pivot);
        check(type, path.eq(pivot), v -> scope.apply(v, 0) && cmp.apply(v) == 0);
        check(type, path.lt(pivot), v -> scope.apply(v, 0) && cmp.apply(v) < 0);
        check(type, path.le(pivot), v -> scope.apply(v, 0) && cmp.apply(v) <= 0);
        check(type, path.gt(pivot), v -> scope.apply(v, 0) && cmp.apply(v) > 0);
        check(type, path.ge(pivot), v -> scope.apply(v, 0) && cmp.apply(v) >= 0);
        check(type, path.between(pivot, pivot), v -> scope.apply(v, 0) && cmp.apply(v) == 0);
        List<V> all = new ArrayList<>();
        items.get(type).values().forEach(v -> all.add((V) v.get(at)));
        for (V high : all) {
            if (order.compare(pivot, high) <= 0 && KeyTexts.compare(text(path, pivot), text(path, high)) <= 0) {
                check(type, path.between(pivot, high), v -> scope.apply(v, 0) && cmp.apply(v) >= 0
                        && order.compare((V) v.get(at), high) <= 0);
            }
        }
    }

    private static <V> String text(KeyTemplatePath<Object, V> path, V value) {
        return path.eq(value) instanceof Condition.Compare<Object> c
                ? ((Condition.Operand.Value) c.right()).value().s()
                : ((Condition.BeginsWith<Object>) path.eq(value)).prefix().s();
    }

    private void check(String type, Condition<Object> condition, Predicate<List<Object>> expected) {
        TreeSet<String> want = new TreeSet<>();
        items.get(type).forEach((sk, values) -> {
            if (expected.test(values)) {
                want.add(sk);
            }
        });
        assertEquals(want, query(type, condition), () -> new ExpressionWriter().condition(condition) + " "
                + describe(condition));
    }

    private static String describe(Condition<?> c) {
        return c.toString();
    }

    private TreeSet<String> query(String type, Condition<Object> condition) {
        ExpressionWriter writer = new ExpressionWriter();
        String key = writer.path(AttributePath.of("pk")) + " = " + writer.value(AttributeValue.fromS("p")) + " AND "
                + writer.condition(condition);
        String filter = writer.path(AttributePath.of("type")) + " = " + writer.value(AttributeValue.fromS(type));
        TreeSet<String> found = new TreeSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).keyConditionExpression(key)
                    .filterExpression(filter).expressionAttributeNames(writer.names())
                    .expressionAttributeValues(writer.values());
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            var response = client.query(request.build());
            response.items().forEach(i -> found.add(i.get("sk").s()));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return found;
    }

}
