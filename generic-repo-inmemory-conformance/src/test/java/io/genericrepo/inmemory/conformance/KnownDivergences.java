package io.genericrepo.inmemory.conformance;

import java.util.Arrays;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;

/**
 * Where the reference servers (dynalite; moto for the {@code moto} tests) differ from DynamoDB's
 * documentation. The documentation wins: each entry states the documented rule, what the
 * reference does instead, and how the harness handles it: {@link Handling#AVOIDED} (never
 * generated), {@link Handling#ACCEPTED} (when the reference differs, the subject's documented
 * answer is accepted) or {@link Handling#COMPARED_LOOSELY} (what the docs leave undefined is not
 * compared). Each entry has a targeted test in {@link KnownDivergencesTest} that checks that the
 * engine follows the documentation.
 */
enum KnownDivergences {

    FALSY_VALUES(
            "Developer Guide, 'Comparison operator and function reference': a IN (b, c, d) is true if a equals any value"
                    + " in the list; a BETWEEN b AND c if a >= b and a <= c; attribute_type(path, type) if the attribute is"
                    + " of that type; size(path) of a String is its length (0 for the empty string). Empty strings are"
                    + " valid non-key attribute values (Developer Guide, 'Supported data types').",
            "dynalite tests the attribute value's JavaScript truthiness first, so IN, BETWEEN and attribute_type never"
                    + " match an attribute holding BOOL false or the empty string, and size of \"\" is absent.",
            Handling.AVOIDED),
    BETWEEN_UNORDERED_BOUNDS(
            "Developer Guide, 'Comparison operator and function reference': a BETWEEN b AND c is true if a >= b and"
                    + " a <= c; the order comparisons are defined for Number, String and Binary only ('Legacy conditional"
                    + " parameters', BETWEEN: 'two AttributeValue elements of the same type, either String, Number, or"
                    + " Binary (not a set type)'), so BETWEEN with BOOL, NULL, set, list or map bounds is never true. The"
                    + " docs name no error for such bounds, and moto evaluates them without one.",
            "dynalite orders BOOL, set and list bounds by their JavaScript string form and refuses a lower bound greater"
                    + " than the upper one ('The BETWEEN operator requires upper bound to be greater than or equal to lower"
                    + " bound').",
            Handling.AVOIDED),
    UTF16_STRING_ORDER(
            "Developer Guide, 'Supported data types' (String): comparisons of strings use their UTF-8 binary encoding.",
            "dynalite compares strings in conditions and filters as JavaScript strings (UTF-16 code units), so U+FF5E"
                    + " sorts after U+1F600 instead of before it.",
            Handling.AVOIDED),
    IN_OPERAND_LIMIT(
            "Developer Guide, 'Comparison operator and function reference': the IN list can contain up to 100 values;"
                    + " DynamoDB refuses more with a ValidationException.",
            "dynalite accepts any number of IN operands.",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.kind().equals("Invalid:IN operands") && validation(subject) && !validation(reference);
        }
    },
    LIST_CONTAINS(
            "Developer Guide, 'Comparison operator and function reference': contains(path, operand) is true if path is"
                    + " a List that contains the operand as an element.",
            "dynalite's contains finds only S, N and B elements in a list (never BOOL, NULL, L or M).",
            Handling.AVOIDED),
    SCAN_SEGMENT_ZERO(
            "API Reference, Scan Segment: 'If you provide Segment, you must also provide TotalSegments.'",
            "dynalite accepts Segment 0 without TotalSegments (it tests Segment's truthiness) and scans the whole table.",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.request() instanceof ScanRequest scan && Integer.valueOf(0).equals(scan.segment())
                    && scan.totalSegments() == null && validation(subject) && !reference.error();
        }
    },
    SPECIFIC_ATTRIBUTES_WITHOUT_PROJECTION(
            "API Reference, Query/Scan Select: 'SPECIFIC_ATTRIBUTES - Returns only the attributes listed in"
                    + " ProjectionExpression'; DynamoDB refuses it without one ('Must specify the AttributesToGet or"
                    + " ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES').",
            "dynalite's Scan accepts Select SPECIFIC_ATTRIBUTES without a ProjectionExpression and returns whole items.",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.request() instanceof ScanRequest scan && scan.select() == Select.SPECIFIC_ATTRIBUTES
                    && scan.projectionExpression() == null && validation(subject) && !reference.error();
        }
    },
    GSI_EMPTY_STRING_KEY(
            "API Reference, PutItem/UpdateItem: 'One or more parameter values are not valid. A value specified for a"
                    + " secondary index key is not supported. The AttributeValue for a key attribute cannot contain an"
                    + " empty string value.' (Developer Guide, 'Supported data types': empty String and Binary values are"
                    + " not allowed as key attributes of a table or index.)",
            "dynalite accepts an empty string as a GSI key attribute and leaves the item out of the index.",
            Handling.AVOIDED),
    GSI_SCAN_CONSISTENT_READ(
            "API Reference, Scan ConsistentRead: 'The ConsistentRead parameter is not supported on global secondary"
                    + " indexes. If you scan a global secondary index with ConsistentRead set to true, you will receive a"
                    + " ValidationException.'",
            "dynalite scans the GSI (it refuses ConsistentRead only on Query).",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.request() instanceof ScanRequest scan && scan.indexName() != null
                    && Boolean.TRUE.equals(scan.consistentRead()) && validation(subject) && !reference.error();
        }
    },
    GSI_UNPROJECTED_ATTRIBUTES(
            "API Reference, Query/Scan Select: 'If you query or scan a global secondary index, you can only request"
                    + " attributes that are projected into the index. Global secondary index queries cannot fetch"
                    + " attributes from the parent table.'",
            "dynalite accepts a ProjectionExpression naming attributes the GSI does not project and leaves them out.",
            Handling.AVOIDED),
    LSI_TABLE_FETCH(
            "API Reference, Query/Scan Select: 'If you query or scan a local secondary index and request only attributes"
                    + " that are projected into that index, the operation will read only the index and not the table. If"
                    + " any of the requested attributes are not projected into the local secondary index, DynamoDB fetches"
                    + " each of these attributes from the parent table.' (So a filter sees them too.)",
            "dynalite never reads the table for a local secondary index: unprojected attributes are missing from results"
                    + " and from what a FilterExpression sees.",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            String index = null;
            boolean fetches = false;
            if (operation.request() instanceof QueryRequest query) {
                index = query.indexName();
                fetches = query.projectionExpression() != null || query.filterExpression() != null
                        || query.select() == Select.ALL_ATTRIBUTES;
            } else if (operation.request() instanceof ScanRequest scan) {
                index = scan.indexName();
                fetches = scan.projectionExpression() != null || scan.filterExpression() != null
                        || scan.select() == Select.ALL_ATTRIBUTES;
            }
            return "lsi_inc".equals(index) && fetches && !reference.error() && !subject.error();
        }
    },
    UNPROCESSED_ITEMS(
            "API Reference, BatchGetItem: 'A single operation can retrieve up to 16 MB of data ... BatchGetItem returns a"
                    + " partial result if the response size limit is exceeded' (the rest in UnprocessedKeys); BatchWriteItem"
                    + " reports unwritten requests in UnprocessedItems.",
            "dynalite's BatchGetItem stops at about 1.4 MB (1 MB plus one maximum item) instead of 16 MB, and its"
                    + " BatchWriteItem never returns UnprocessedItems.",
            Handling.AVOIDED),
    ITEM_SIZE_UTF8(
            "Developer Guide, 'Item sizes and formats' / 'Supported data types': the maximum item size is 400 KB,"
                    + " counting attribute names and String values by their UTF-8 encoded length.",
            "dynalite counts String values and attribute names in UTF-16 code units, so it accepts an item of 300,000"
                    + " 'é' (600,000 UTF-8 bytes).",
            Handling.AVOIDED),
    EXPRESSION_SIZE(
            "Developer Guide, 'Constraints', Expression parameters: 'The maximum length of any expression string is 4"
                    + " KB.' DynamoDB answers a longer one with 'Invalid <kind>: Expression size has exceeded the maximum"
                    + " allowed size; expression size: <bytes>'.",
            "dynalite and moto 5.2.1 accept an expression of any length.",
            Handling.AVOIDED),
    OPERATOR_COUNT(
            "Developer Guide, 'Constraints', Expression parameters: 'The maximum number of operators or functions"
                    + " allowed in an UpdateExpression is 300'; condition and filter expressions are held to the same"
                    + " count ('The expression contains too many operators; operator count: <n>').",
            "dynalite and moto 5.2.1 accept any number of operators.",
            Handling.AVOIDED),
    NESTING_LEVELS(
            "Developer Guide, 'Supported data types' (Document types) and 'Constraints', Attributes: 'DynamoDB supports"
                    + " nested attributes up to 32 levels deep.'",
            "dynalite and moto 5.2.1 store values nested to any depth.",
            Handling.AVOIDED),
    MOTO_TRANSACT_GET_PROJECTION(
            "API Reference, TransactGetItems Get.ProjectionExpression: 'A string that identifies one or more attributes of"
                    + " the specified item to retrieve from the table.'",
            "moto 5.2.1 ignores the ProjectionExpression of a TransactGetItems Get and returns the whole item.",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.request() instanceof TransactGetItemsRequest get
                    && get.transactItems().stream().anyMatch(i -> i.get().projectionExpression() != null)
                    && !reference.error() && !subject.error();
        }
    },
    MOTO_CLIENT_REQUEST_TOKEN(
            "API Reference, TransactWriteItems ClientRequestToken: 'Providing a ClientRequestToken makes the call to"
                    + " TransactWriteItems idempotent, meaning that multiple identical calls have the same effect as one"
                    + " single call.' Within 10 minutes, the same token with other parameters fails with"
                    + " IdempotentParameterMismatchException.",
            "moto 5.2.1 ignores ClientRequestToken: a replayed transaction is applied again, a changed one never fails.",
            Handling.AVOIDED),
    MOTO_TTL_REPEATED_UPDATE(
            "API Reference, UpdateTimeToLive: 'It can take up to one hour for the change to fully process. Any additional"
                    + " UpdateTimeToLive calls for the same table during this one hour duration result in a"
                    + " ValidationException.'",
            "moto 5.2.1 accepts any number of UpdateTimeToLive calls and applies each at once.",
            Handling.AVOIDED),
    MOTO_TTL_UNKNOWN_TABLE(
            "API Reference, UpdateTimeToLive and DescribeTimeToLive, Errors: ResourceNotFoundException when the table does"
                    + " not exist.",
            "moto 5.2.1 answers with the error code 'ResourceNotFound' (a plain DynamoDbException in the SDK).",
            Handling.ACCEPTED) {
        @Override
        boolean explains(Operation operation, Outcome reference, Outcome subject) {
            return operation.kind().contains("TimeToLive")
                    && reference.canonical().startsWith("ERROR DynamoDbException ResourceNotFound\n")
                    && subject.canonical().startsWith("ERROR ResourceNotFoundException ResourceNotFoundException");
        }
    },
    INDEX_TIE_ORDER(
            "Developer Guide, 'Querying tables': results are returned in order of the sort key value; the order of items"
                    + " whose index keys are equal is not defined.",
            "dynalite orders index items with equal index keys by an MD5 hash of the table key.",
            Handling.COMPARED_LOOSELY),
    SCAN_ORDER(
            "Developer Guide, 'Scanning tables': Scan returns items in no defined order; parallel scan segments are"
                    + " disjoint and together cover the table.",
            "dynalite scans in the order of an MD5 hash of the partition key and splits segments by that hash.",
            Handling.COMPARED_LOOSELY);

    /** How the harness deals with a divergence. */
    enum Handling { AVOIDED, ACCEPTED, COMPARED_LOOSELY }

    final String documentedRule;
    final String referenceBehaviour;
    final Handling handling;

    KnownDivergences(String documentedRule, String referenceBehaviour, Handling handling) {
        this.documentedRule = documentedRule;
        this.referenceBehaviour = referenceBehaviour;
        this.handling = handling;
    }

    /** @return whether this entry explains the difference between the two outcomes (only ACCEPTED entries do) */
    boolean explains(Operation operation, Outcome reference, Outcome subject) {
        return false;
    }

    static Optional<KnownDivergences> explaining(Operation operation, Outcome reference, Outcome subject) {
        return Arrays.stream(values()).filter(d -> d.explains(operation, reference, subject)).findFirst();
    }

    /** FALSY_VALUES: the IN operands the generator leaves out. */
    static boolean inOperandDynaliteNeverMatches(AttributeValue value) {
        return Boolean.FALSE.equals(value.bool()) || "".equals(value.s());
    }

    private static boolean validation(Outcome outcome) {
        return outcome.canonical().startsWith("ERROR DynamoDbException ValidationException");
    }

    static String describeAll() {
        StringBuilder text = new StringBuilder("Known divergences (" + values().length + "):\n");
        for (KnownDivergences d : values()) {
            text.append("  ").append(d).append(" [").append(d.handling).append("]\n    docs: ").append(d.documentedRule)
                    .append("\n    reference: ").append(d.referenceBehaviour).append('\n');
        }
        return text.toString();
    }
}
