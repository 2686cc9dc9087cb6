package io.genericrepo;

/**
 * The key of an item in a single-table design, as stored: the partition and sort key strings
 * that the entities' key templates render. The repository of the whole hierarchy
 * ({@code ShopItemRepository}) takes it; each entity's typed view takes the entity's own key.
 *
 * <pre>{@code Optional<ShopItem> item = shop.load(new ItemKey("CUSTOMER#c-1", "PROFILE"));}</pre>
 *
 * @param partitionKey the partition key attribute's value
 * @param sortKey the sort key attribute's value
 */
public record ItemKey(String partitionKey, String sortKey) {}
