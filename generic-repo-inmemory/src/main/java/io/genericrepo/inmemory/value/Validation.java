package io.genericrepo.inmemory.value;

import io.genericrepo.inmemory.error.Errors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks a client's attribute value as DynamoDB does (one type, numbers in range, sets non-empty
 * and without duplicates, lists and maps recursively) and returns it with its numbers normalised.
 * Messages are DynamoDB's (as dynalite reproduces them), including their odd spacing.
 */
final class Validation {

    private static final String INVALID = "One or more parameter values were invalid: ";

    /** DynamoDB's documented limit: 32 levels of nesting, the top-level attribute being the first. */
    static final int MAX_LEVELS = 32;

    private Validation() {}

    static AttributeValue normalise(AttributeValue value) {
        return normalise(value, 1);
    }

    /**
     * @param level 1 for a top-level attribute (or an expression attribute value), one more inside
     *     each list or map; DynamoDB refuses a value below level {@value #MAX_LEVELS}, and stopping
     *     there also keeps this recursion bounded however deep the client's value goes
     */
    private static AttributeValue normalise(AttributeValue value, int level) {
        if (level > MAX_LEVELS) {
            throw Errors.validation("Nesting Levels have exceeded supported limits: "
                    + "Attributes in the item have nested levels beyond supported limit");
        }
        int types = countTypes(value);
        if (types == 0) {
            throw Errors.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (types > 1) {
            throw Errors.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        switch (Values.type(value)) {
            case "N": {
                String number = Numbers.normalise(value.n());
                return number.equals(value.n()) ? value : AttributeValue.fromN(number);
            }
            case "NULL":
                if (!value.nul()) {
                    throw Errors.validation(INVALID + "Null attribute value types must have the value of true");
                }
                return value;
            case "SS": return stringSet(value.ss());
            case "NS": return numberSet(value.ns());
            case "BS": return binarySet(value.bs());
            case "L": {
                List<AttributeValue> list = new ArrayList<>(value.l().size());
                value.l().forEach(v -> list.add(normalise(v, level + 1)));
                return AttributeValue.fromL(list);
            }
            case "M": {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                value.m().forEach((k, v) -> map.put(k, normalise(v, level + 1)));
                return AttributeValue.fromM(map);
            }
            default: return value;
        }
    }

    private static AttributeValue stringSet(List<String> set) {
        if (set.isEmpty()) {
            throw Errors.validation(INVALID + "An string set  may not be empty");
        }
        if (new HashSet<>(set).size() != set.size()) {
            throw Errors.validation(INVALID + "Input collection " + set + " contains duplicates.");
        }
        return AttributeValue.fromSs(List.copyOf(set));
    }

    private static AttributeValue numberSet(List<String> set) {
        if (set.isEmpty()) {
            throw Errors.validation(INVALID + "An number set  may not be empty");
        }
        List<String> normalised = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : set) {
            String number = Numbers.normalise(n);
            if (!seen.add(number)) {
                throw Errors.validation("Input collection contains duplicates");
            }
            normalised.add(number);
        }
        return AttributeValue.fromNs(normalised);
    }

    private static AttributeValue binarySet(List<SdkBytes> set) {
        if (set.isEmpty()) {
            throw Errors.validation(INVALID + "Binary sets should not be empty");
        }
        if (new HashSet<>(set).size() != set.size()) {
            String shown = set.stream().map(SdkBytes::asByteArrayUnsafe)
                    .map(java.util.Base64.getEncoder()::encodeToString)
                    .collect(Collectors.joining(", ", "[", "]"));
            throw Errors.validation(INVALID + "Input collection " + shown + "of type BS contains duplicates.");
        }
        return AttributeValue.fromBs(List.copyOf(set));
    }

    private static int countTypes(AttributeValue v) {
        int n = 0;
        if (v.s() != null) n++;
        if (v.n() != null) n++;
        if (v.b() != null) n++;
        if (v.hasSs()) n++;
        if (v.hasNs()) n++;
        if (v.hasBs()) n++;
        if (v.hasM()) n++;
        if (v.hasL()) n++;
        if (v.bool() != null) n++;
        if (v.nul() != null) n++;
        return n;
    }
}
