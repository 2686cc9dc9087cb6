package io.genericrepo;

import java.util.List;
import java.util.Optional;

/**
 * One page of query or scan results, with an opaque cursor for the next page: hand the cursor to
 * an API client, and back to {@code page(cursor)} of the same query to continue.
 *
 * <pre>{@code
 * Page<Order> page = orders.query("c-1").limit(20).page(cursorFromRequest);
 * respond(page.items(), page.nextCursor().orElse(null));
 * }</pre>
 *
 * @param items the items of this page, in order
 * @param cursor where the next page starts, or null when there are no more items
 * @param <T> the record
 */
public record Page<T>(List<T> items, String cursor) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** @return the cursor of the next page, empty after the last page */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return true when another page may follow (it can be empty: DynamoDB cannot always tell) */
    public boolean hasMore() {
        return cursor != null;
    }
}
