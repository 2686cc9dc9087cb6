package io.genericrepo.inmemory.expression;

import static io.genericrepo.inmemory.expression.Fixtures.assertValidation;
import static io.genericrepo.inmemory.expression.Fixtures.n;
import static io.genericrepo.inmemory.expression.Fixtures.p;
import static io.genericrepo.inmemory.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PlaceholdersTest {

    @Test
    void unusedNamesAndValuesAreRefusedAcrossAllExpressionsOfARequest() {
        Placeholders used = p("#a", "a", "#b", "b", ":v", n("1"), ":w", n("2"));
        Expressions.condition("#a = :v", "ConditionExpression", used);
        Expressions.update("SET #b = :w", used);
        used.checkAllUsed();

        Placeholders unusedValues = p("#a", "a", ":v", n("1"), ":v1", n("2"), ":v2", n("3"));
        Expressions.condition("#a = :v", "ConditionExpression", unusedValues);
        assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v1, :v2}",
                unusedValues::checkAllUsed);

        Placeholders unusedNames = p("#a", "a", "#b", "b", ":v", n("1"));
        Expressions.projection("#a", unusedNames);
        assertValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}", unusedNames::checkAllUsed);
        Placeholders.none().checkAllUsed();
    }

    @Test
    void malformedKeysAndInvalidValuesAreRefused() {
        assertValidation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
                () -> new Placeholders(Map.of("a", "b"), null));
        assertValidation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
                () -> new Placeholders(null, Map.of("v", n("1"))));
        assertValidation("ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, "
                + "must contain exactly one of the supported datatypes for key :v",
                () -> new Placeholders(null, Map.of(":v", AttributeValue.builder().build())));
        assertValidation("ExpressionAttributeValues contains invalid value: "
                + "The parameter cannot be converted to a numeric value: x for key :v",
                () -> new Placeholders(null, Map.of(":v", n("x"))));
    }

    @Test
    void valuesAreNormalised() {
        assertTrue(Expressions.condition("a = :v", "ConditionExpression", p(":v", n("1.000")))
                .test(Fixtures.item("a", n("1"))));
        KeyCondition c = Expressions.keyCondition("pk = :v", p(":v", n("10.50")), "pk", null);
        assertEquals(n("10.5"), c.partitionValue());
        assertEquals(s("x"), Expressions.keyCondition("pk = :v", p(":v", s("x")), "pk", null).partitionValue());
    }

    @Test
    void reservedWordsListIsDynamoDbsFullList() {
        assertEquals(573, ReservedWords.count());
        assertTrue(ReservedWords.isReserved("status"));
        assertTrue(ReservedWords.isReserved("ZONE"));
        assertTrue(!ReservedWords.isReserved("customerId"));
    }
}
