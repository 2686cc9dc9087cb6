package io.genericrepo.internal.read;

import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.expression.ExpressionWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Builds the Query and Scan requests of a {@link ReadSpec}, page by page, each rendered by one
 * {@link ExpressionWriter} so that key condition, filter and projection share placeholders.
 * Internal.
 */
final class ReadRequests {

    private ReadRequests() {}

    /**
     * @param spec the query or scan
     * @param startKey where to start, or null
     * @param pageLimit DynamoDB's Limit for this request, or null
     * @param count true to ask only for the count (Select COUNT)
     * @return the operation for one page
     */
    public static Operation<?, ?, RawPage> page(ReadSpec spec, Map<String, AttributeValue> startKey, Integer pageLimit,
            boolean count) {
        ExpressionWriter writer = new ExpressionWriter();
        String keyCondition = spec.isQuery() ? writer.condition(spec.keyCondition()) : null;
        String filter = spec.fullFilter() == null ? null : writer.condition(spec.fullFilter());
        String projection = count || spec.projection().isEmpty() ? null : writer.projection(spec.projection());
        String where = spec.indexName() == null ? "" : "index " + spec.indexName();
        if (spec.isQuery()) {
            QueryRequest request = QueryRequest.builder()
                    .tableName(spec.tableName()).indexName(spec.indexName())
                    .keyConditionExpression(keyCondition).filterExpression(filter).projectionExpression(projection)
                    .expressionAttributeNames(writer.names()).expressionAttributeValues(writer.values())
                    .scanIndexForward(!spec.descending()).consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
                    .exclusiveStartKey(startKey).limit(pageLimit).select(count ? Select.COUNT : null)
                    .build();
            return new Operation<>(Call.QUERY, request, spec.tableName(), where, ReadRequests::fromQuery);
        }
        ScanRequest request = ScanRequest.builder()
                .tableName(spec.tableName()).indexName(spec.indexName())
                .filterExpression(filter).projectionExpression(projection)
                .expressionAttributeNames(writer.names()).expressionAttributeValues(writer.values())
                .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
                .segment(spec.segment()).totalSegments(spec.totalSegments())
                .exclusiveStartKey(startKey).limit(pageLimit).select(count ? Select.COUNT : null)
                .build();
        String segment = spec.segment() == null ? where : (where + " segment " + spec.segment() + "/" + spec.totalSegments()).trim();
        return new Operation<>(Call.SCAN, request, spec.tableName(), segment, ReadRequests::fromScan);
    }

    /**
     * A fingerprint of everything that decides which items a read returns and in what order
     * (not its limit), to tie cursors to their query.
     *
     * @param spec the query or scan
     * @return 32 bytes
     */
    public static byte[] fingerprint(ReadSpec spec) {
        ExpressionWriter writer = new ExpressionWriter();
        StringBuilder text = new StringBuilder()
                .append(spec.tableName()).append('\u0000').append(spec.indexName()).append('\u0000')
                .append(spec.isQuery() ? writer.condition(spec.keyCondition()) : "scan").append('\u0000')
                .append(spec.filter() == null ? "" : writer.condition(spec.filter())).append('\u0000')
                .append(spec.descending()).append('\u0000')
                .append(spec.projection().isEmpty() ? "" : writer.projection(spec.projection())).append('\u0000')
                .append(spec.segment()).append('/').append(spec.totalSegments()).append('\u0000');
        Map<String, AttributeValue> names = new TreeMap<>();
        if (writer.names() != null) {
            writer.names().forEach((placeholder, name) -> names.put(placeholder, AttributeValue.fromS(name)));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(CanonicalValues.encode(names));
            digest.update(CanonicalValues.encode(writer.values() == null ? Map.of() : writer.values()));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static RawPage fromQuery(QueryResponse r) {
        return new RawPage(r.items(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null, r.count());
    }

    private static RawPage fromScan(ScanResponse r) {
        return new RawPage(r.items(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null, r.count());
    }
}
