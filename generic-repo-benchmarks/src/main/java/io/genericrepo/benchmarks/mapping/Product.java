package io.genericrepo.benchmarks.mapping;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The benchmarks' record: ten attributes of the common types, a partition key (so that a query
 * reads many items) and a sort key. The same data exists as an Enhanced Client bean
 * ({@link ProductBean}) and is mapped by an Enhanced Client static schema ({@link EcSchemas}) and
 * by hand-written SDK code ({@link HandMapper}).
 *
 * @param category the partition key
 * @param id the sort key
 * @param quantity an int
 * @param views a long
 * @param price a double
 * @param total a BigDecimal
 * @param createdAt an Instant
 * @param active a boolean
 * @param status an enum
 * @param tags a list of strings
 */
@Table(name = "bench-products")
public record Product(
        @PartitionKey String category,
        @SortKey String id,
        int quantity,
        long views,
        double price,
        BigDecimal total,
        Instant createdAt,
        boolean active,
        Status status,
        List<String> tags) {

    /** A product's state, stored by name. */
    public enum Status { DRAFT, LIVE, RETIRED }
}
