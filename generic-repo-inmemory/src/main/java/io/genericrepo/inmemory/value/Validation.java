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

    private Validation() {}

    static AttributeValue normalise(AttributeValue value) {
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
            case "L": return AttributeValue.fromL(value.l().stream().map(Validation::normalise).collect(Collectors.toList()));
            case "M": {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                value.m().forEach((k, v) -> map.put(k, normalise(v)));
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
