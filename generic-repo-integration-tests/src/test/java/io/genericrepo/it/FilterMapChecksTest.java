package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.Filters;
import io.genericrepo.it.model.AllTypes_;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.it.model.Order_;
import io.genericrepo.TableSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Filters.fromMap} refuses what the typed paths refuse, and names the attribute in every error. */
class FilterMapChecksTest {

    private static String refused(TableSchema<?, ?> schema, Map<String, ?> filters) {
        return assertThrows(IllegalArgumentException.class, () -> Filters.fromMap(schema, filters)).getMessage();
    }

    @Test
    void onlyTrueAndFalseAreBooleans() {
        assertEquals("Filters.fromMap: \"flag\" has type BOOL but value \"yes\" is not true or false",
                refused(AllTypes_.SCHEMA, Map.of("flag", Map.of("value", "yes", "type", "BOOL"))));
        assertEquals("Filters.fromMap: \"flag\" has type BOOL but value \"TRUE\" is not true or false",
                refused(AllTypes_.SCHEMA, Map.of("flag", Map.of("value", "TRUE", "type", "BOOL"))));
        assertEquals(Filters.fromMap(AllTypes_.SCHEMA, Map.of("flag", true)),
                Filters.fromMap(AllTypes_.SCHEMA, Map.of("flag", Map.of("value", "true", "type", "BOOL"))));
    }

    @Test
    void anOperatorTheTypedPathLacksIsRefused() {
        assertEquals("Filters.fromMap: \"begins_with\" does not apply to \"quantity\", a number; it takes eq, ne, in,"
                + " lt, le (lte), gt, ge (gte), between, exists, not_exists",
                refused(Order_.SCHEMA, Map.of("quantity", Map.of("begins_with", "1"))));
        assertEquals("Filters.fromMap: \"contains\" does not apply to \"quantity\", a number; it takes eq, ne, in,"
                + " lt, le (lte), gt, ge (gte), between, exists, not_exists",
                refused(Order_.SCHEMA, Map.of("quantity", Map.of("contains", 1))));
        assertEquals("Filters.fromMap: \"begins_with\" does not apply to \"createdAt\", an ordered value; it takes eq,"
                + " ne, in, lt, le (lte), gt, ge (gte), between, exists, not_exists",
                refused(Order_.SCHEMA, Map.of("createdAt", Map.of("begins_with", "2026"))));
        assertEquals("Filters.fromMap: \"gt\" does not apply to \"flag\", a value without order; it takes eq, ne, in,"
                + " exists, not_exists", refused(AllTypes_.SCHEMA, Map.of("flag", Map.of("gt", true))));
        assertEquals("Filters.fromMap: \"contains\" does not apply to \"bytes\", a binary value; it takes eq, ne, in,"
                + " lt, le (lte), gt, ge (gte), between, begins_with, exists, not_exists",
                refused(AllTypes_.SCHEMA, Map.of("bytes", Map.of("contains", "AQ=="))));
        assertEquals("Filters.fromMap: \"eq\" does not apply to \"tags\", a list; it takes contains, exists, not_exists",
                refused(Order_.SCHEMA, Map.of("tags", List.of("a"))));
        assertEquals(Customer_.name.beginsWith("J"), Filters.fromMap(Customer_.SCHEMA, Map.of("name", Map.of("begins_with", "J"))),
                "a string's path offers beginsWith");
        assertEquals(Customer_.name.contains("an"), Filters.fromMap(Customer_.SCHEMA, Map.of("name", Map.of("contains", "an"))));
    }

    @Test
    void everyValueErrorNamesTheAttribute() {
        assertEquals("Filters.fromMap: NaN does not fit \"d\" of AllTypes: it is NaN, which DynamoDB cannot store as a"
                + " number", refused(AllTypes_.SCHEMA, Map.of("d", Double.NaN)));
        assertEquals("Filters.fromMap: Infinity does not fit \"boxedF\" of AllTypes: it is Infinity, which DynamoDB"
                + " cannot store as a number", refused(AllTypes_.SCHEMA, Map.of("boxedF", Float.POSITIVE_INFINITY)));
        assertEquals("Filters.fromMap: 1.0E200 does not fit \"d\" of AllTypes: it is outside DynamoDB's number range"
                + " (1E-130 to 9.9E+125 in magnitude): 1.0E+200", refused(AllTypes_.SCHEMA, Map.of("d", 1e200)));
        assertEquals("Filters.fromMap: \"bytes\" has type B but value \"!!\" is not Base64: Illegal base64 character 21",
                refused(AllTypes_.SCHEMA, Map.of("bytes", Map.of("value", "!!", "type", "B"))));
        assertEquals("between on quantity: the low end 10 is above the high end 5 (numbers compare by value);"
                + " DynamoDB refuses such a range", refused(Order_.SCHEMA, Map.of("quantity", Map.of("between", List.of(10, 5)))));
    }
}
