package io.genericrepo.it.sparse;

import io.genericrepo.annotations.SharedIndex;
import io.genericrepo.annotations.SingleTable;
import io.genericrepo.annotations.Table;

/**
 * People and teams in one table, with a sparse shared index by email: only the people with an
 * email are in it; teams must always have a contact email.
 */
@Table(name = "directory")
@SingleTable(indexes = @SharedIndex(name = "by-email", partitionKey = "emailpk"))
public sealed interface Directory permits Person, Team {}
