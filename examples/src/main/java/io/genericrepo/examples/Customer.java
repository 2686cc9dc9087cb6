package io.genericrepo.examples;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;
import java.time.LocalDate;
import java.util.Set;

/** A customer, stored in a table keyed by the customer's id alone. */
@Table(name = "example-customers")
public record Customer(
        @PartitionKey String id,
        String name,
        String email,
        LocalDate memberSince,
        Set<String> interests) {}
