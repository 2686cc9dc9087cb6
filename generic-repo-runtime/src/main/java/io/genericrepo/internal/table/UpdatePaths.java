package io.genericrepo.internal.table;

import io.genericrepo.GenericRepoException;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Makes DynamoDB's "The document path provided in the update expression is invalid for update"
 * readable: it means that an update of a nested path ({@code shipTo.city}, {@code tags[3]})
 * found no map or list to change at the parent. The exception names each nested path and its
 * parent. Internal.
 */
final class UpdatePaths {

    private static final String INVALID_PATH = "document path provided in the update expression is invalid";

    private UpdatePaths() {}

    /**
     * @param e what the update failed with
     * @param update the update
     * @param tableName the table
     * @param key the key, for the message
     * @return a {@link GenericRepoException} naming the paths for an invalid document path, else {@code e}
     */
    static RuntimeException explain(RuntimeException e, Update<?> update, String tableName, String key) {
        if (!(e instanceof AwsServiceException aws) || aws.awsErrorDetails() == null
                || aws.awsErrorDetails().errorMessage() == null
                || !aws.awsErrorDetails().errorMessage().contains(INVALID_PATH)) {
            return e;
        }
        List<String> nested = new ArrayList<>();
        for (UpdateAction<?> action : update.actions()) {
            List<Object> segments = action.path().segments();
            if (segments.size() > 1) {
                AttributePath parent = parentOf(segments);
                boolean inList = segments.get(segments.size() - 1) instanceof Integer;
                nested.add(action.path() + " is inside " + parent + ", which the stored item does not have (or which is"
                        + " not a " + (inList ? "list" : "map") + ")");
            }
        }
        if (nested.isEmpty()) {
            return e;
        }
        String parents = nested.size() == 1 ? "store " + parentOf(update.actions().stream()
                .filter(a -> a.path().segments().size() > 1).findFirst().orElseThrow().path().segments()) + " as a whole first"
                : "store the parents as a whole first";
        return new GenericRepoException("update of " + tableName + "[" + key + "] failed: " + String.join("; ", nested)
                + "; " + parents, e);
    }

    private static AttributePath parentOf(List<Object> segments) {
        AttributePath parent = AttributePath.of((String) segments.get(0));
        for (Object segment : segments.subList(1, segments.size() - 1)) {
            parent = segment instanceof Integer i ? parent.index(i) : parent.child((String) segment);
        }
        return parent;
    }
}
