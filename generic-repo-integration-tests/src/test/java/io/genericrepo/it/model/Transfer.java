package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;

/** A ledger line written in the same transaction as the transfer it records. */
@Table(name = "transfers")
public record Transfer(@PartitionKey String id, String from, String to, long amount, String note) {}
