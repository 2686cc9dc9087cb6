package io.genericrepo.internal.read;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a Query or Scan response, before mapping. Internal.
 *
 * @param items the items (empty for a count)
 * @param lastEvaluatedKey where the next page starts, or null after the last
 * @param count how many items matched on this page
 */
record RawPage(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey, int count) {

    /** @return true when DynamoDB has another page */
    public boolean hasNext() {
        return lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty();
    }
}
