package io.genericrepo.it.keyupdates;

import io.genericrepo.annotations.SharedIndex;
import io.genericrepo.annotations.SingleTable;
import io.genericrepo.annotations.Table;

/**
 * A review fixture for updates of shared-index components, built to be awkward: a component in
 * both templates of one index ({@code kind}), a component in two indexes ({@code rank}), a primary
 * key component in an index template ({@code made}), enum, Instant, int and Long components, a
 * renamed attribute, and a sparse index whose partition key is a component alone.
 */
@Table(name = "workshop")
@SingleTable(indexes = {
        @SharedIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"),
        @SharedIndex(name = "gsi2", partitionKey = "gsi2pk", sortKey = "gsi2sk"),
        @SharedIndex(name = "gsi3", partitionKey = "gsi3pk")})
public sealed interface Workshop permits Gadget, Tool, Part {}
