package io.genericrepo.it.club;

import io.genericrepo.annotations.SharedIndex;
import io.genericrepo.annotations.SingleTable;
import io.genericrepo.annotations.Table;

/**
 * Members and coaches of a club in one table, with two shared indexes whose templates use
 * components outside the primary key: by email (always) and by level (sparse: only members with
 * a nickname), so that updates of those components must keep the index keys right.
 */
@Table(name = "club")
@SingleTable(indexes = {
        @SharedIndex(name = "by-email", partitionKey = "gsi1pk", sortKey = "gsi1sk"),
        @SharedIndex(name = "by-level", partitionKey = "gsi2pk", sortKey = "gsi2sk")})
public sealed interface Club permits Member, Coach {}
